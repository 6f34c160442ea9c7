package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Permissions-Policy header: no page may use the camera or microphone except the BSL video relay's (the caller's
 * pages under /bsl and the staff console under /staff/relay), and no page may ask where someone is.
 */
final class CameraOnlyForVideoCalls implements HeaderWriter {

    private static final String HEADER = "Permissions-Policy";
    private static final String NOWHERE = "camera=(), microphone=(), geolocation=()";
    private static final String THIS_SITE = "camera=(self), microphone=(self), geolocation=()";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader(HEADER, videoCall(path) ? THIS_SITE : NOWHERE);
    }

    static boolean videoCall(String path) {
        return path.equals("/bsl") || path.startsWith("/bsl/") || path.equals("/staff/relay")
                || path.startsWith("/staff/relay/");
    }
}
