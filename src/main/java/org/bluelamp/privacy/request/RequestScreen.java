package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.English;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;
import org.bluelamp.platform.personaldata.Accessor;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.HashMap;

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
    String page(String reference, Accessor who, FormErrors errors, Entered entered, String done, Model model) {
        var view = work.read(reference, who, "request")
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var r = view.request();
        var form = entered;
        if (!entered.values().containsKey("received-day")) {
            LocalDate on = r.identityReceivedOn() != null ? r.identityReceivedOn() : dueDates.today();
            var values = new HashMap<>(entered.values());
            values.put("received-day", new String[] {Integer.toString(on.getDayOfMonth())});
            values.put("received-month", new String[] {Integer.toString(on.getMonthValue())});
            values.put("received-year", new String[] {Integer.toString(on.getYear())});
            form = new Entered(values);
        }
        model.addAttribute("page", new StaffRequestPage(view, work.disclosure(r),
                r.dueOn() == null ? null : English.forStaff().date(r.dueOn()), errors, form, done));
        return "privacy/staff/request";
    }

    /** The request's page after a change, saying what was done. */
    static String done(String reference, String what) {
        return "redirect:" + BASE + "/" + reference + "?done=" + what;
    }

    /** A team form as sent, to be read by its record; text over its length has the public form's message. */
    static FormInput input(HttpServletRequest http, Texts texts) {
        return new FormInput(new Entered(http.getParameterMap()), texts, "your-data.error.too-long");
    }
}
