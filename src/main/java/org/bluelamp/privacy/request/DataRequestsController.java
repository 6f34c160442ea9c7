package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.form.Entered;
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


import static org.bluelamp.privacy.request.RequestScreen.BASE;
import static org.bluelamp.privacy.request.RequestScreen.done;

/**
 * The data protection team's list of subject access requests, a request's page, its proof of identity and the
 * identity check, and the answer's print copy. Forms that err show again with what was typed.
 */
@Controller
class DataRequestsController {

    private final DataRequestWork work;
    private final AnswerRelease release;
    private final DueDates dueDates;
    private final RequestScreen screen;

    DataRequestsController(DataRequestWork work, AnswerRelease release, DueDates dueDates, RequestScreen screen) {
        this.work = work;
        this.release = release;
        this.dueDates = dueDates;
        this.screen = screen;
    }

    @GetMapping(BASE)
    String list(Frame frame, Authentication signedIn, Model model) {
        var rows = work.all(screen.accessor(signedIn)).stream().map(r -> {
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
            return new RequestListPage.Row(r, frame.dates().dateAndTime(r.receivedAt()),
                    r.dueOn() == null ? "" : DueDates.show(r.dueOn(), frame), due, urgent);
        }).toList();
        model.addAttribute("page", new RequestListPage(rows));
        return "privacy/staff/list";
    }

    @GetMapping(BASE + "/{reference}")
    String show(@PathVariable String reference, @RequestParam(required = false) String done, Authentication signedIn,
                Model model) {
        return screen.page(reference, screen.accessor(signedIn), FormErrors.NONE, Entered.NONE, done, model);
    }

    @GetMapping(BASE + "/{reference}/identity-proof")
    ResponseEntity<byte[]> identityProof(@PathVariable String reference, Authentication signedIn) {
        var file = work.identityProof(reference, screen.accessor(signedIn))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.type()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(file.content());
    }

    @GetMapping(BASE + "/{reference}/answer.pdf")
    ResponseEntity<byte[]> printCopy(@PathVariable String reference, Authentication signedIn) {
        var content = release.printCopy(screen.request(reference), screen.accessor(signedIn))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(content);
    }

    @PostMapping(BASE + "/{reference}/identity")
    String recordIdentity(@PathVariable String reference, Frame frame, Authentication signedIn,
                          HttpServletRequest http, Model model) {
        var who = screen.accessor(signedIn);
        var request = screen.request(reference);
        var input = RequestScreen.input(http, frame);
        var form = IdentityForm.read(input, DueDates.dayOf(request.receivedAt()), dueDates.today());
        if (!input.valid()) {
            return screen.page(reference, who, input.errors(), input.shown(), null, model);
        }
        work.recordIdentity(request, who, form.method(), form.note(), form.receivedOn());
        return done(reference, "identity");
    }
}
