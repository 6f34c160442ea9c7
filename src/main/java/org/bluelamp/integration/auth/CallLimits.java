package org.bluelamp.integration.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.integration.ApiCallLimits;
import org.bluelamp.integration.ApiClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** Counts each authenticated call against its client's limit per minute; one too many is refused with 429. */
final class CallLimits extends OncePerRequestFilter {

    private final ApiCallLimits limits;
    private final Clock clock;

    CallLimits(ApiCallLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiClient client) {
            var until = limits.take(client);
            if (until.isPresent()) {
                long seconds = Math.max(1, Duration.between(clock.instant(), until.get()).toSeconds());
                ApiRefusals.tooManyCalls(response, seconds);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
