package org.bluelamp.integration.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Token requests counted per address before any secret is checked: checking one is slow on purpose (bcrypt), so
 * without a limit anyone could keep the instance busy by asking with wrong secrets.
 */
final class TokenRequestLimits extends OncePerRequestFilter {

    private final RateLimits limits;
    private final Clock clock;

    TokenRequestLimits(RateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())) {
            var refusedUntil = limits.refusedUntil(LimitedAction.API_TOKEN, Client.of(request), List.of());
            if (refusedUntil.isPresent()) {
                ApiRefusals.tooManyCalls(response,
                        Math.max(1, Duration.between(clock.instant(), refusedUntil.get()).toSeconds()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
