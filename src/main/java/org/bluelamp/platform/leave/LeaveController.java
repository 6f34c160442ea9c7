package org.bluelamp.platform.leave;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ForceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * "Leave this site": for someone who may be watched. Every module ends what this browser could open (see {@link
 * PublicAccess}), then the browser goes to a neutral site. The pages left behind are never stored (no-store), so Back
 * asks the server again and gets nothing of them. A GET, so the plain link works without JavaScript.
 */
@Controller
class LeaveController {

    private static final Logger log = LoggerFactory.getLogger(LeaveController.class);

    private final List<PublicAccess> accesses;
    private final ForceProperties force;

    LeaveController(List<PublicAccess> accesses, ForceProperties force) {
        this.accesses = accesses;
        this.force = force;
    }

    @GetMapping("/leave")
    ResponseEntity<Void> leave(HttpServletRequest request, HttpServletResponse response) {
        for (var access : accesses) {
            try {
                access.end(request, response);
            } catch (RuntimeException failed) {
                // One module failing must not keep the person here, nor stop the others ending theirs.
                log.error("Leaving the site: {} could not end its access", access.getClass().getSimpleName(), failed);
            }
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, force.leaveSiteUrl().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                // Browsers that honour it also drop their copies of this site's pages (HTTPS only).
                .header("Clear-Site-Data", "\"cache\"")
                .build();
    }
}
