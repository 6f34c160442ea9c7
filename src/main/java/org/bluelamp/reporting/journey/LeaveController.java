package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.reporting.upload.DraftFiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Leave this site": for someone who may be watched. Forgets every draft this browser has and the files sent with
 * them, at once, removes its cookie
 * and sends the browser to a neutral site. With JavaScript the page is replaced, so Back does not return.
 */
@Controller
class LeaveController {

    private final Drafts drafts;
    private final DraftFiles files;
    private final DraftCookie cookie;
    private final ForceProperties force;

    LeaveController(Drafts drafts, DraftFiles files, DraftCookie cookie, ForceProperties force) {
        this.drafts = drafts;
        this.files = files;
        this.cookie = cookie;
        this.force = force;
    }

    @GetMapping("/leave")
    ResponseEntity<Void> leave(HttpServletRequest request, HttpServletResponse response) {
        cookie.tokenHash(request).ifPresent(token -> {
            files.deleteUnsent(drafts.idsOf(token));
            drafts.forget(token);
        });
        cookie.clear(request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, force.leaveSiteUrl().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
