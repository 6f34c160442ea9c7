package org.bluelamp.privacy.request;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import java.util.Arrays;
import java.util.Optional;

/**
 * The public form's draft token in an HttpOnly, SameSite=Lax cookie, gone when the browser closes. For the whole site,
 * not /your-data only, so that "Leave this site" (/leave) can end it.
 */
final class DraftCookie {

    static final String NAME = "bluelamp_your_data";
    private static final String PATH = "/";

    private DraftCookie() {
    }

    static Optional<String> token(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
                .filter(c -> c.getName().equals(NAME)).map(Cookie::getValue).filter(v -> !v.isBlank()).findFirst());
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, "").path(PATH).httpOnly(true)
                .sameSite("Lax").secure(request.isSecure()).maxAge(0).build().toString());
    }

    static void set(String token, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, token).path(PATH).httpOnly(true)
                .sameSite("Lax").secure(request.isSecure()).build().toString());
    }
}
