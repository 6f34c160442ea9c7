package org.bluelamp.platform.leave;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A way into the public pages a module gives a browser without an account: a draft, a tracked report, an opened
 * answer to a data request, a relay call. "Leave this site" ends each one: on the server, so that the browser's cookie
 * (kept, or copied before leaving) opens nothing any more, and in the browser by clearing the cookie.
 */
public interface PublicAccess {

    /** Ends this browser's access, if it has any; does nothing when it has none. */
    void end(HttpServletRequest request, HttpServletResponse response);
}
