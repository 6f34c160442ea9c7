package org.bluelamp.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Refuses a sign-in before its password is checked when the account is locked or the client address has failed too
 * often, so a locked account cannot be used to guess; the same answer whether or not the username exists. A session
 * with only the password whose account becomes locked (by wrong codes) is ended on the code pages.
 */
class SignInThrottle extends OncePerRequestFilter {

    static final String TOO_MANY = SecurityConfiguration.SIGN_IN + "?too-many";
    private static final Set<String> CODE_PAGES = Set.of(SecurityConfiguration.CODE_PAGE, "/staff/sign-in/recovery-code");

    private final SignInLocks locks;

    SignInThrottle(SignInLocks locks) {
        this.locks = locks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath();
        if (path.equals(SecurityConfiguration.SIGN_IN) && request.getMethod().equals("POST")
                && locks.refused(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(TOO_MANY);
            return;
        }
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (CODE_PAGES.contains(path) && signedIn != null && !(signedIn instanceof AnonymousAuthenticationToken)
                && locks.locked(signedIn.getName())) {
            SignInLocks.endSession(request);
            response.sendRedirect(TOO_MANY);
            return;
        }
        chain.doFilter(request, response);
    }
}
