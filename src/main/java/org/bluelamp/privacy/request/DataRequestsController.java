package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.platform.personaldata.Accessor;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.staff.StaffMembers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The data protection team's pages for subject access requests: the list, a request with its timeline, the identity
 * check, the search, scope, redactions, refusals and the release. Forms that err show again with what was typed.
 */
@Controller
class DataRequestsController {

    private static final String BASE = "/staff/data-requests";
    private static final int LONG_TEXT = 2000;
    private static final Set<String> METHODS = Set.of("seen-at-station", "checked-upload");

    private final DataRequestWork work;
    private final AnswerRelease release;
    private final DataRequests requests;
    private final DueDates dueDates;
    private final StaffMembers staff;

    DataRequestsController(DataRequestWork work, AnswerRelease release, DataRequests requests, DueDates dueDates,
                           StaffMembers staff) {
        this.work = work;
        this.release = release;
        this.requests = requests;
        this.dueDates = dueDates;
        this.staff = staff;
    }

    @GetMapping(BASE)
    String list(Frame frame, Authentication signedIn, Model model) {
        var rows = work.all(accessor(signedIn)).stream().map(r -> {
            String due;
            boolean urgent = false;
            if (!r.open()) {
                due = frame.t(r.refusedInWhole() ? "data-request.status.refused" : "data-request.status.answered");
            } else if (r.dueOn() == null) {
                due = frame.t("data-request.due.waits");
            } else {
                long days = dueDates.daysLeft(r.dueOn());
                urgent = days <= 3;
                due = days < 0 ? frame.t("data-request.due.overdue") : days == 0 ? frame.t("data-request.due.today")
                        : frame.t("data-request.due.in", days);
            }
            return new RequestListPage.Row(r, LondonTime.dateAndTime(r.receivedAt()),
                    r.dueOn() == null ? "" : DueDates.show(r.dueOn()), due, urgent);
        }).toList();
        model.addAttribute("page", new RequestListPage(rows));
        return "privacy/staff/list";
    }

    @GetMapping(BASE + "/{reference}")
    String show(@PathVariable String reference, @RequestParam(required = false) String done, Authentication signedIn,
                Model model) {
        return page(reference, accessor(signedIn), FormErrors.NONE, Map.of(), done, model);
    }

    @GetMapping(BASE + "/{reference}/identity-proof")
    ResponseEntity<byte[]> identityProof(@PathVariable String reference, Authentication signedIn) {
        var file = work.identityProof(reference, accessor(signedIn))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.type()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline").body(file.content());
    }

    @GetMapping(BASE + "/{reference}/answer.pdf")
    ResponseEntity<byte[]> printCopy(@PathVariable String reference, Authentication signedIn) {
        var content = release.printCopy(request(reference), accessor(signedIn))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + ".pdf\"")
                .body(content);
    }

    @PostMapping(BASE + "/{reference}/identity")
    String recordIdentity(@PathVariable String reference, Frame frame, Authentication signedIn,
                          HttpServletRequest http, Model model) {
        var who = accessor(signedIn);
        var request = request(reference);
        var entered = entered(http, "method", "note", "received-day", "received-month", "received-year");
        var errors = new ArrayList<ErrorMessage>();
        if (!METHODS.contains(entered.get("method"))) {
            errors.add(new ErrorMessage("method", frame.t("data-request.error.method")));
        }
        if (entered.get("note").length() > LONG_TEXT) {
            errors.add(new ErrorMessage("note", frame.t("your-data.error.too-long", LONG_TEXT)));
        }
        LocalDate receivedOn = null;
        try {
            receivedOn = LocalDate.of(Integer.parseInt(entered.get("received-year")),
                    Integer.parseInt(entered.get("received-month")), Integer.parseInt(entered.get("received-day")));
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.add(new ErrorMessage("received-day", frame.t("data-request.error.received")));
        }
        if (receivedOn != null && (receivedOn.isAfter(dueDates.today())
                || receivedOn.isBefore(DueDates.dayOf(request.receivedAt())))) {
            errors.add(new ErrorMessage("received-day", frame.t("data-request.error.received.range")));
        }
        if (!errors.isEmpty()) {
            return page(reference, who, new FormErrors(errors), entered, null, model);
        }
        work.recordIdentity(request, who, entered.get("method"), blankToNull(entered.get("note")), receivedOn);
        return done(reference, "identity");
    }

    @GetMapping(BASE + "/{reference}/search")
    String searchForm(@PathVariable String reference, Authentication signedIn, Model model) {
        var view = work.read(reference, accessor(signedIn), "search")
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var r = view.request();
        var terms = new LinkedHashMap<String, String>();
        terms.put("name", r.fullName());
        terms.put("dateOfBirth", r.dateOfBirth().toString());
        terms.put("email", r.email() == null ? "" : r.email());
        terms.put("phone", r.phone() == null ? "" : UkPhoneNumber.parse(r.phone()).map(UkPhoneNumber::display).orElse(r.phone()));
        terms.put("postcode", r.postcode() == null ? "" : r.postcode());
        terms.put("reference", r.wantsReference() == null ? "" : r.wantsReference());
        boolean searched = view.timeline().stream().anyMatch(e -> e.kind().equals("searched"));
        model.addAttribute("page", new SearchPage(r, terms, FormErrors.NONE, grouped(view.found()), searched));
        return "privacy/staff/search";
    }

    @PostMapping(BASE + "/{reference}/search")
    String search(@PathVariable String reference, Frame frame, Authentication signedIn, HttpServletRequest http,
                  Model model) {
        var who = accessor(signedIn);
        var request = request(reference);
        var terms = entered(http, "name", "dateOfBirth", "email", "phone", "postcode", "reference");
        var errors = new ArrayList<ErrorMessage>();
        LocalDate dob = null;
        if (!terms.get("dateOfBirth").isEmpty()) {
            try {
                dob = LocalDate.parse(terms.get("dateOfBirth"));
            } catch (DateTimeException notADate) {
                errors.add(new ErrorMessage("dateOfBirth", frame.t("data-request.error.dob")));
            }
        }
        if (terms.values().stream().allMatch(String::isEmpty)) {
            errors.add(new ErrorMessage("name", frame.t("data-request.error.terms")));
        }
        if (!terms.get("email").isEmpty() && EmailAddress.parse(terms.get("email")).isEmpty()) {
            errors.add(new ErrorMessage("email", frame.t("your-data.error.email")));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("page", new SearchPage(request, terms, new FormErrors(errors), Map.of(), false));
            return "privacy/staff/search";
        }
        work.search(request, new Subject(blankToNull(terms.get("name")), dob, blankToNull(terms.get("email")),
                blankToNull(terms.get("phone")), blankToNull(terms.get("postcode")),
                blankToNull(terms.get("reference"))), who);
        return "redirect:" + BASE + "/" + reference + "/search";
    }

    @PostMapping(BASE + "/{reference}/scope")
    String scope(@PathVariable String reference, @RequestParam(required = false) List<String> chosen,
                 Authentication signedIn) {
        work.choose(request(reference), chosen == null ? Set.of() : new LinkedHashSet<>(chosen), accessor(signedIn));
        return done(reference, "scope");
    }

    @PostMapping(BASE + "/{reference}/redactions")
    String redact(@PathVariable String reference, Frame frame, Authentication signedIn, HttpServletRequest http,
                  Model model) {
        var who = accessor(signedIn);
        var entered = entered(http, "text", "reason");
        var errors = new ArrayList<ErrorMessage>();
        if (entered.get("text").isEmpty()) {
            errors.add(new ErrorMessage("text", frame.t("data-request.error.redaction")));
        } else if (entered.get("text").length() > 500) {
            errors.add(new ErrorMessage("text", frame.t("your-data.error.too-long", 500)));
        }
        var reason = LegalReason.fromCode(entered.get("reason"));
        if (reason.isEmpty()) {
            errors.add(new ErrorMessage("reason", frame.t("data-request.error.reason")));
        }
        if (!errors.isEmpty()) {
            return page(reference, who, new FormErrors(errors), entered, null, model);
        }
        work.redact(request(reference), entered.get("text"), reason.get(), who);
        return done(reference, "redaction");
    }

    @PostMapping(BASE + "/{reference}/redactions/{id}/remove")
    String unredact(@PathVariable String reference, @PathVariable UUID id, Authentication signedIn) {
        work.unredact(request(reference), id, accessor(signedIn));
        return done(reference, "redaction-removed");
    }

    @PostMapping(BASE + "/{reference}/refusals")
    String refuse(@PathVariable String reference, Frame frame, Authentication signedIn, HttpServletRequest http,
                  Model model) {
        var who = accessor(signedIn);
        var entered = entered(http, "extent", "what", "refusalReason", "refusalNote");
        var errors = new ArrayList<ErrorMessage>();
        if (!Set.of("whole", "part").contains(entered.get("extent"))) {
            errors.add(new ErrorMessage("extent", frame.t("data-request.error.extent")));
        }
        if (entered.get("what").isEmpty() && "part".equals(entered.get("extent"))) {
            errors.add(new ErrorMessage("what", frame.t("data-request.error.what")));
        }
        var reason = LegalReason.fromCode(entered.get("refusalReason"));
        if (reason.isEmpty()) {
            errors.add(new ErrorMessage("refusalReason", frame.t("data-request.error.reason")));
        }
        if (entered.get("refusalNote").length() > LONG_TEXT || entered.get("what").length() > 500) {
            errors.add(new ErrorMessage("refusalNote", frame.t("your-data.error.too-long", LONG_TEXT)));
        }
        if (!errors.isEmpty()) {
            return page(reference, who, new FormErrors(errors), entered, null, model);
        }
        boolean whole = entered.get("extent").equals("whole");
        work.refuse(request(reference), whole, whole && entered.get("what").isEmpty()
                        ? "The whole request" : entered.get("what"), reason.get(), blankToNull(entered.get("refusalNote")),
                who);
        return done(reference, "refusal");
    }

    @PostMapping(BASE + "/{reference}/release")
    String release(@PathVariable String reference, Authentication signedIn) {
        var request = request(reference);
        if (!request.open() || !request.identityChecked()) { // released already, or not yet checked who is asking
            return done(reference, "not-ready");
        }
        release.release(request, accessor(signedIn));
        return done(reference, "released");
    }

    private String page(String reference, Accessor who, FormErrors errors, Map<String, String> entered, String done,
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

    private static Map<String, List<FoundRecord>> grouped(List<FoundRecord> found) {
        var byKind = new LinkedHashMap<String, List<FoundRecord>>();
        found.forEach(f -> byKind.computeIfAbsent(f.held().kind(), k -> new ArrayList<>()).add(f));
        return byKind;
    }

    private DataRequest request(String reference) {
        return requests.byReference(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Accessor accessor(Authentication signedIn) {
        return staff.find(signedIn.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN))
                .accessor();
    }

    private static Map<String, String> entered(HttpServletRequest http, String... names) {
        var entered = new LinkedHashMap<String, String>();
        for (String name : names) {
            String value = http.getParameter(name);
            entered.put(name, value == null ? "" : RequestAnswers.clean(value));
        }
        return entered;
    }

    private static String done(String reference, String what) {
        return "redirect:" + BASE + "/" + reference + "?done=" + what;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
