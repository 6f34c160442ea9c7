package org.bluelamp.platform.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Headers every response carries. No referrer is ever sent, so the neutral site people leave to cannot see
 * where they came from; scripts and styles come only from this site. The camera is for this site's own pages only
 * (recording a BSL video message), and only when the person allows it.
 */
public final class SecurityHeaders {

    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            // a BSL video recorded in the page is played back from the browser's memory before it is sent
            "media-src 'self' blob:",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    public static <B extends org.springframework.security.config.annotation.web.HttpSecurityBuilder<B>>
    Customizer<HeadersConfigurer<B>> all() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(self), microphone=(), geolocation=()"));
    }
}
