package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.leave.PublicAccess;
import org.bluelamp.reporting.upload.DraftFiles;
import org.springframework.stereotype.Component;

/**
 * Leaving the site forgets every draft this browser has and the files sent with them, at once, and removes its
 * cookie. A draft saved for later is parked: only its link, with a code, opens it again.
 */
@Component
class DraftAccess implements PublicAccess {

    private final Drafts drafts;
    private final DraftFiles files;
    private final DraftCookie cookie;

    DraftAccess(Drafts drafts, DraftFiles files, DraftCookie cookie) {
        this.drafts = drafts;
        this.files = files;
        this.cookie = cookie;
    }

    @Override
    public void end(HttpServletRequest request, HttpServletResponse response) {
        cookie.tokenHash(request).ifPresent(token -> {
            files.deleteUnsent(drafts.idsOf(token));
            drafts.forget(token);
        });
        cookie.clear(request, response);
    }
}
