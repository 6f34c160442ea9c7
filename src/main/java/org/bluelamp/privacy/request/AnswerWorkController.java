package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.Frame;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.UUID;

import static org.bluelamp.privacy.request.RequestScreen.BASE;
import static org.bluelamp.privacy.request.RequestScreen.done;

/** Redactions, refusals and the release of the answer, from the request's page. */
@Controller
class AnswerWorkController {

    private final DataRequestWork work;
    private final AnswerRelease release;
    private final RequestScreen screen;

    AnswerWorkController(DataRequestWork work, AnswerRelease release, RequestScreen screen) {
        this.work = work;
        this.release = release;
        this.screen = screen;
    }

    @PostMapping(BASE + "/{reference}/redactions")
    String redact(@PathVariable String reference, Frame frame, Authentication signedIn, HttpServletRequest http,
                  Model model) {
        if (!screen.request(reference).open()) { // the answer is out: what it says can no longer change
            return done(reference, "closed");
        }
        var who = screen.accessor(signedIn);
        var input = RequestScreen.input(http, frame);
        var form = RedactionForm.read(input);
        if (!input.valid()) {
            return screen.page(reference, who, input.errors(), input.shown(), null, model);
        }
        work.redact(screen.request(reference), form.text(), form.reason(), who);
        return done(reference, "redaction");
    }

    @PostMapping(BASE + "/{reference}/redactions/{id}/remove")
    String unredact(@PathVariable String reference, @PathVariable UUID id, Authentication signedIn) {
        if (!screen.request(reference).open()) {
            return done(reference, "closed");
        }
        work.unredact(screen.request(reference), id, screen.accessor(signedIn));
        return done(reference, "redaction-removed");
    }

    @PostMapping(BASE + "/{reference}/refusals")
    String refuse(@PathVariable String reference, Frame frame, Authentication signedIn, HttpServletRequest http,
                  Model model) {
        if (!screen.request(reference).open()) {
            return done(reference, "closed");
        }
        var who = screen.accessor(signedIn);
        var input = RequestScreen.input(http, frame);
        var form = RefusalForm.read(input);
        if (!input.valid()) {
            return screen.page(reference, who, input.errors(), input.shown(), null, model);
        }
        work.refuse(screen.request(reference), form.whole(), form.what(), form.reason(), form.note(), who);
        return done(reference, "refusal");
    }

    @PostMapping(BASE + "/{reference}/release")
    String release(@PathVariable String reference, Authentication signedIn) {
        var request = screen.request(reference);
        if (!request.open() || !request.identityChecked()) { // released already, or not yet checked who is asking
            return done(reference, "not-ready");
        }
        release.release(request, screen.accessor(signedIn));
        return done(reference, "released");
    }
}
