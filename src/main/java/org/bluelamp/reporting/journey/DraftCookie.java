package org.bluelamp.reporting.journey;

import org.bluelamp.platform.SecretTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * The browser's key to its drafts: an unguessable token in an HttpOnly, SameSite cookie that outlives the
 * browser being closed. The database keeps only the token's hash. The one draft cookie of every public form: a report's
 * journey, and a form that is not a report (the request for your data, whose draft privacy keeps by the same hash).
 */
@Component
@NamedInterface("draft-cookie")
public class DraftCookie {

    static final String NAME = "bluelamp_draft";

    private final ReportingProperties properties;

    DraftCookie(ReportingProperties properties) {
        this.properties = properties;
    }

    /** The hash of this browser's token, if it has one. */
    public Optional<String> tokenHash(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v.matches("[A-Za-z0-9_-]{43}")).findFirst().map(SecretTokens::hash);
    }

    /** This browser's token hash, giving it a token first if it has none. */
    public String tokenHashOrIssue(HttpServletRequest request, HttpServletResponse response) {
        return tokenHash(request).orElseGet(() -> {
            String token = SecretTokens.newToken();
            write(request, response, token, properties.draftLifetime().toSeconds());
            return SecretTokens.hash(token);
        });
    }

    void clear(HttpServletRequest request, HttpServletResponse response) {
        write(request, response, "", 0);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String value, long maxAge) {
        var cookie = ResponseCookie.from(NAME, value).path("/").httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").maxAge(maxAge).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
