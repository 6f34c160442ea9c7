package org.bluelamp.relay;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.leave.PublicAccess;
import org.springframework.stereotype.Component;

/**
 * Leaving the site ends the caller's call if it is still going (the interpreter sees the caller left) and the key to
 * it, so the call page and its typed lines cannot be opened again from this browser.
 */
@Component
class CallerAccess implements PublicAccess {

    private final RelayDesk desk;

    CallerAccess(RelayDesk desk) {
        this.desk = desk;
    }

    @Override
    public void end(HttpServletRequest request, HttpServletResponse response) {
        CallerKey.read(request).flatMap(desk::callFor).ifPresent(desk::callerLeftSite);
        CallerKey.forget(request, response);
    }
}
