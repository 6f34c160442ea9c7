package org.bluelamp.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Marks the signed-in session as having passed the second factor (an authenticator code or a recovery code), the
 * way Spring Security's own factors are marked: a {@link FactorGrantedAuthority} beside the password's. The session
 * gets a new id at that moment, so an id seen before sign-in is worth nothing after it.
 */
@Component
class SecondFactor {

    /** The factor an authenticator app's code (or a recovery code) gives. */
    static final String AUTHORITY = "FACTOR_AUTHENTICATOR_APP";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache savedRequests = new HttpSessionRequestCache();
    private final SignInLocks locks;
    private final Clock clock;

    SecondFactor(SignInLocks locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    /** Records the factor; where to go next (the page first asked for, or the staff home page). */
    String passed(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Authentication upgraded = current.toBuilder()
                .authorities(authorities -> authorities.add(
                        FactorGrantedAuthority.withAuthority(AUTHORITY).issuedAt(clock.instant()).build()))
                .build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(upgraded);
        SecurityContextHolder.setContext(context);
        // Only now, with both factors: clearing after the password alone would let its holder reset the code count.
        locks.signedIn(current.getName());
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        var saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        return saved == null ? "/staff" : saved.getRedirectUrl();
    }
}
