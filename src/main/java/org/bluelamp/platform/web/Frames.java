package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.AssetUrls;
import org.bluelamp.platform.BslRelayHours;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the page frame for a request. */
@Component
class Frames {

    private final ForceProperties force;
    private final MessageSource messages;
    private final AssetUrls assetUrls;
    private final BslRelayHours bslRelayHours;
    private final Languages languages;

    Frames(ForceProperties force, MessageSource messages, AssetUrls assetUrls, BslRelayHours bslRelayHours,
           Languages languages) {
        this.languages = languages;
        this.force = force;
        this.messages = messages;
        this.assetUrls = assetUrls;
        this.bslRelayHours = bslRelayHours;
    }

    Frame forRequest(HttpServletRequest request) {
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        var locale = RequestContextUtils.getLocale(request);
        return new Frame(force.in(Language.of(locale)),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                request.getRequestURI(),
                staff ? authentication.getName() : null,
                staff ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet()) : Set.of(),
                messages,
                locale,
                assetUrls,
                staff ? sessionTimeout(request) : null,
                bslRelayHours,
                request.getQueryString(),
                languages);
    }

    // What the session itself says, so the page's warning follows whatever set it.
    private static Duration sessionTimeout(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null || session.getMaxInactiveInterval() <= 0 ? null
                : Duration.ofSeconds(session.getMaxInactiveInterval());
    }
}
