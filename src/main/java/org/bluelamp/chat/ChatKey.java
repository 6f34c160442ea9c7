package org.bluelamp.chat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The person's key to their one chat, in an HttpOnly, SameSite=Lax cookie, as a relay caller's is. It outlives a
 * closed tab for a few hours so a dropped person can come back to the same chat; it opens nothing else. For the whole
 * site, so that "Exit this page" (/leave) can end it.
 */
final class ChatKey {

    static final String NAME = "bluelamp_chat";

    private ChatKey() {
    }

    static Optional<String> read(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
                .filter(c -> c.getName().equals(NAME)).map(Cookie::getValue).findFirst());
    }

    static void give(String key, Duration lifetime, HttpServletRequest request, HttpServletResponse response) {
        set(key, lifetime, request, response);
    }

    static void forget(HttpServletRequest request, HttpServletResponse response) {
        set("", Duration.ZERO, request, response);
    }

    private static void set(String value, Duration maxAge, HttpServletRequest request, HttpServletResponse response) {
        var cookie = ResponseCookie.from(NAME, value).path("/").httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).maxAge(maxAge);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
    }
}
