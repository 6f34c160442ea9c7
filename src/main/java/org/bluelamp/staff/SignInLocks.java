package org.bluelamp.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.staff.factors.SecretSeal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;

/**
 * Slows guessing: counts failed sign-ins per account and per client address, and says when either must wait. An
 * account is known by an HMAC of its normalised username whether or not it exists, so a locked unknown username
 * looks exactly like a locked real one, and no username (or password typed in its place) is stored.
 */
@Component
class SignInLocks {

    private final SignInFailures failures;
    private final SignInRules rules;
    private final SecretSeal seal;
    private final StaffAudit audit;
    private final Clock clock;

    SignInLocks(SignInFailures failures, SignInProperties limits, SecretSeal seal, StaffAudit audit, Clock clock) {
        this.failures = failures;
        this.rules = new SignInRules(limits);
        this.seal = seal;
        this.audit = audit;
        this.clock = clock;
    }

    boolean locked(String username) {
        var now = clock.instant();
        return rules.accountLocked(failures.ofAccount(key(username), rules.accountSince(now)), now);
    }

    /** Whether a password for this username from this address is refused unchecked. */
    boolean refused(String username, String address) {
        var now = clock.instant();
        return rules.addressRefused(failures.ofAddress(address, rules.addressSince(now))) || locked(username);
    }

    void failed(String username, String address) {
        failures.add(key(username), address, clock.instant());
    }

    /** Both factors passed: the account's count starts again. */
    void signedIn(String username) {
        failures.forgive(key(username));
    }

    /** An administrator lifts the lock, on the staff audit trail. The failures still count against their address. */
    @Transactional
    void unlock(String admin, String username) {
        failures.forgive(key(username));
        audit.record(admin, StaffAudit.Action.ACCOUNT_UNLOCKED, StaffAccounts.normalise(username));
    }

    /** As {@link #unlock(String, String)}, by whoever is signed in. */
    @Transactional
    void unlock(String username) {
        var admin = SecurityContextHolder.getContext().getAuthentication();
        unlock(admin == null ? "system" : admin.getName(), username);
    }

    long minutesToWait() {
        return rules.minutesToWait();
    }

    /**
     * A wrong password, or an unknown username (Spring Security reports both as bad credentials). The event comes on
     * the request's thread, so the address is the request's.
     */
    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            failed(event.getAuthentication().getName(), request.getRequest().getRemoteAddr());
        }
    }

    /** Too many wrong codes: the password step must be done again, after the wait. */
    static void endSession(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private byte[] key(String username) {
        return seal.fingerprint("sign-in account", StaffAccounts.normalise(username));
    }
}
