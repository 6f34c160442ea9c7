package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;

import static org.bluelamp.privacy.request.RequestScreen.BASE;
import static org.bluelamp.privacy.request.RequestScreen.blankToNull;
import static org.bluelamp.privacy.request.RequestScreen.done;

/** Redactions, refusals and the release of the answer, from the request's page. */
@Controller
class AnswerWorkController {

    private static final int LONG_TEXT = 2000;
    private static final int SHORT_TEXT = 500;

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
        var entered = RequestScreen.entered(http, "text", "reason");
        var errors = new ArrayList<ErrorMessage>();
        if (entered.get("text").isEmpty()) {
            errors.add(new ErrorMessage("text", frame.t("data-request.error.redaction")));
        } else if (entered.get("text").length() > SHORT_TEXT) {
            errors.add(new ErrorMessage("text", frame.t("your-data.error.too-long", SHORT_TEXT)));
        }
        var reason = LegalReason.fromCode(entered.get("reason"));
        if (reason.isEmpty()) {
            errors.add(new ErrorMessage("reason", frame.t("data-request.error.reason")));
        }
        if (!errors.isEmpty()) {
            return screen.page(reference, who, new FormErrors(errors), entered, null, model);
        }
        work.redact(screen.request(reference), entered.get("text"), reason.get(), who);
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
        var entered = RequestScreen.entered(http, "extent", "what", "refusalReason", "refusalNote");
        var errors = new ArrayList<ErrorMessage>();
        if (!Set.of("whole", "part").contains(entered.get("extent"))) {
            errors.add(new ErrorMessage("extent", frame.t("data-request.error.extent")));
        }
        if (entered.get("what").isEmpty() && "part".equals(entered.get("extent"))) {
            errors.add(new ErrorMessage("what", frame.t("data-request.error.what")));
        } else if (entered.get("what").length() > SHORT_TEXT) {
            errors.add(new ErrorMessage("what", frame.t("your-data.error.too-long", SHORT_TEXT)));
        }
        var reason = LegalReason.fromCode(entered.get("refusalReason"));
        if (reason.isEmpty()) {
            errors.add(new ErrorMessage("refusalReason", frame.t("data-request.error.reason")));
        }
        if (entered.get("refusalNote").length() > LONG_TEXT) {
            errors.add(new ErrorMessage("refusalNote", frame.t("your-data.error.too-long", LONG_TEXT)));
        }
        if (!errors.isEmpty()) {
            return screen.page(reference, who, new FormErrors(errors), entered, null, model);
        }
        boolean whole = entered.get("extent").equals("whole");
        String what = whole && entered.get("what").isEmpty() ? "The whole request" : entered.get("what");
        work.refuse(screen.request(reference), whole, what, reason.get(), blankToNull(entered.get("refusalNote")), who);
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
