package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Permissions-Policy header: no page may use the camera or microphone except the BSL relay's: its calls (the
 * caller's pages under /bsl, the staff console under /staff/relay) use both, and recording a BSL video message (its
 * report's pages) uses the camera only, as signing is seen, not heard. No page may ask where someone is.
 */
final class CameraOnlyForVideoCalls implements HeaderWriter {

    private static final String HEADER = "Permissions-Policy";
    private static final String NOWHERE = "camera=(), microphone=(), geolocation=()";
    private static final String CAMERA = "camera=(self), microphone=(), geolocation=()";
    private static final String CAMERA_AND_MICROPHONE = "camera=(self), microphone=(self), geolocation=()";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader(HEADER, videoCall(path) ? CAMERA_AND_MICROPHONE : videoMessage(path) ? CAMERA : NOWHERE);
    }

    static boolean videoCall(String path) {
        return under(path, "/bsl") || under(path, "/staff/relay");
    }

    static boolean videoMessage(String path) {
        return under(path, "/report/bsl-video-message");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
