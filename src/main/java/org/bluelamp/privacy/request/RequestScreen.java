package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.personaldata.Accessor;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the team's request pages share: who is looking, the request, and the request's page with a form's errors. */
@Component
class RequestScreen {

    static final String BASE = "/staff/data-requests";

    private final DataRequestWork work;
    private final DataRequests requests;
    private final DueDates dueDates;
    private final StaffMembers staff;

    RequestScreen(DataRequestWork work, DataRequests requests, DueDates dueDates, StaffMembers staff) {
        this.work = work;
        this.requests = requests;
        this.dueDates = dueDates;
        this.staff = staff;
    }

    Accessor accessor(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
                .accessor();
    }

    DataRequest request(String reference) {
        return requests.byReference(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The request's page (an audited read), with what a form that erred had in it. */
    String page(String reference, Accessor who, FormErrors errors, Map<String, String> entered, String done,
                Model model) {
        var view = work.read(reference, who, "request")
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var r = view.request();
        var form = new HashMap<>(entered);
        if (!entered.containsKey("received-day")) {
            LocalDate on = r.identityReceivedOn() != null ? r.identityReceivedOn() : dueDates.today();
            form.put("received-day", Integer.toString(on.getDayOfMonth()));
            form.put("received-month", Integer.toString(on.getMonthValue()));
            form.put("received-year", Integer.toString(on.getYear()));
        }
        model.addAttribute("page", new StaffRequestPage(view, work.disclosure(r),
                r.dueOn() == null ? null : DueDates.show(r.dueOn()), errors, form, done));
        return "privacy/staff/request";
    }

    /** The request's page after a change, saying what was done. */
    static String done(String reference, String what) {
        return "redirect:" + BASE + "/" + reference + "?done=" + what;
    }

    /** The form's values, cleaned as the public form's are; a missing one is empty. */
    static Map<String, String> entered(HttpServletRequest http, String... names) {
        var entered = new LinkedHashMap<String, String>();
        for (String name : names) {
            String value = http.getParameter(name);
            entered.put(name, value == null ? "" : RequestAnswers.clean(value));
        }
        return entered;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
