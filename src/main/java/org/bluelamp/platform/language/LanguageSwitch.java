package org.bluelamp.platform.language;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The language link: {@code ?lang=cy} on any public page remembers the choice and sends the reader back to the same
 * address without it, so they stay where they were. Their answers are kept server-side in their draft, so nothing
 * typed is lost; a page with unsent typing is a form, whose link says so (see docs/languages.md).
 */
@Component
class LanguageSwitch implements HandlerInterceptor, WebMvcConfigurer {

    static final String PARAMETER = "lang";

    private final Languages languages;
    private final LocaleResolver resolver;

    LanguageSwitch(Languages languages, LocaleResolver resolver) {
        this.languages = languages;
        this.resolver = resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !HttpMethod.GET.matches(request.getMethod())
                || StaffPaths.isStaff(request.getRequestURI())) {
            return true;
        }
        String code = request.getParameter(PARAMETER);
        if (code == null) {
            return true;
        }
        languages.find(code).ifPresent(language -> resolver.setLocale(request, response, language.locale()));
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, withoutSwitch(request));
        return false;
    }

    /** The same page without the parameter: a path on this site (never "//elsewhere") and the rest of its query. */
    static String withoutSwitch(HttpServletRequest request) {
        String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
