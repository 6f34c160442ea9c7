package org.bluelamp.tracking;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.leave.PublicAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The browser's side of {@link ReportAccess}: the token in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS), gone
 * when the browser closes. For the whole site, not /track only, so that "Leave this site" (/leave) can end it. The public have no HTTP session. Leaving the site ends it.
 */
@Component
class AccessCookie implements PublicAccess {

    static final String NAME = "bluelamp_track";
    private static final String PATH = "/";
    private static final String EARLIER_PATH = "/track";

    private final ReportAccess access;

    AccessCookie(ReportAccess access) {
        this.access = access;
    }

    void give(UUID reportId, HttpServletRequest request, HttpServletResponse response) {
        set(access.grant(reportId), request, response, -1);
    }

    /** The report this browser may see, if any. */
    Optional<UUID> report(HttpServletRequest request) {
        return token(request).flatMap(access::reportFor);
    }

    @Override
    public void end(HttpServletRequest request, HttpServletResponse response) {
        token(request).ifPresent(access::end);
        set("", request, response, 0);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, "").path(EARLIER_PATH).maxAge(0).build()
                .toString());
    }

    private static Optional<String> token(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
                .filter(c -> c.getName().equals(NAME)).map(Cookie::getValue).findFirst());
    }

    private static void set(String value, HttpServletRequest request, HttpServletResponse response, long maxAge) {
        var cookie = ResponseCookie.from(NAME, value).path(PATH).httpOnly(true).sameSite("Lax")
                .secure(request.isSecure());
        if (maxAge >= 0) {
            cookie.maxAge(maxAge);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
    }
}
