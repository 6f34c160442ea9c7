package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.leave.PublicAccess;
import org.bluelamp.reporting.journey.DraftCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Leaving the site ends what a requester's browser could open: the request form being filled in (with its proof of
 * identity) and an answer opened with a code, whose downloads then need a new code.
 */
@Component
class RequesterAccess implements PublicAccess {

    private final RequestDrafts drafts;
    private final Releases releases;
    private final DraftCookie cookie;

    RequesterAccess(RequestDrafts drafts, Releases releases, DraftCookie cookie) {
        this.drafts = drafts;
        this.releases = releases;
        this.cookie = cookie;
    }

    @Override
    public void end(HttpServletRequest request, HttpServletResponse response) {
        // The draft cookie itself is every public form's: reporting removes it.
        cookie.tokenHash(request).ifPresent(drafts::forget);
        String opened = AnswerController.openToken(request);
        if (opened != null && !opened.isBlank()) {
            releases.closeOpened(opened);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(AnswerController.OPEN_COOKIE, "")
                .path(AnswerController.OPEN_COOKIE_PATH).httpOnly(true).sameSite("Lax").secure(request.isSecure())
                .maxAge(0).build().toString());
    }
}
