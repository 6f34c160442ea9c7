package org.bluelamp.relay;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The caller's key to their one call, in an HttpOnly, SameSite=Lax cookie. It outlives a closed tab for a few hours so
 * a dropped caller can come back to the same call; it opens nothing else. For the whole site, not /bsl only, so that
 * "Leave this site" (/leave) can end it.
 */
final class CallerKey {

    static final String NAME = "bluelamp_bsl_call";
    private static final String PATH = "/";

    private CallerKey() {
    }

    static Optional<String> read(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
                .filter(c -> c.getName().equals(NAME)).map(Cookie::getValue).findFirst());
    }

    static void give(String token, Duration lifetime, HttpServletRequest request, HttpServletResponse response) {
        set(token, lifetime, request, response);
    }

    static void forget(HttpServletRequest request, HttpServletResponse response) {
        set("", Duration.ZERO, request, response);
    }

    private static void set(String value, Duration maxAge, HttpServletRequest request, HttpServletResponse response) {
        var cookie = ResponseCookie.from(NAME, value).path(PATH).httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).maxAge(maxAge);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
    }
}
