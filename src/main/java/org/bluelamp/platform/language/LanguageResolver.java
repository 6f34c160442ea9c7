package org.bluelamp.platform.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which language a request is read in: staff screens always in English; a public page in the language the reader
 * chose (a session cookie, so nothing about it lives in one instance), else the first the force offers. The browser's
 * Accept-Language is not used: the same address reads the same for everyone until they choose, as GOV.UK does.
 */
@Component("localeResolver") // the name Spring MVC looks for
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "bluelamp_lang";

    private final Languages languages;

    LanguageResolver(Languages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return chosen(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var language = languages.closest(locale);
        var cookie = ResponseCookie.from(COOKIE, language.code()).path("/").httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    Language chosen(HttpServletRequest request) {
        if (StaffPaths.isStaff(request.getRequestURI())) {
            return Language.ENGLISH;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return languages.first();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue)
                .map(languages::find).flatMap(java.util.Optional::stream).findFirst().orElse(languages.first());
    }
}
