package org.bluelamp.staff;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * What an admin does to accounts, each change and its line on the audit trail in one transaction. Disabling an
 * account or resetting its second factor ends its sessions in that same transaction: the next request it makes,
 * on any device, finds itself signed out.
 */
@Service
class AccountAdministration {

    private final StaffAccounts accounts;
    private final SetUpLinks links;
    private final Authenticators authenticators;
    private final RecoveryCodeStore recoveryCodes;
    private final StaffAudit audit;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountAdministration(StaffAccounts accounts, SetUpLinks links, Authenticators authenticators,
                          RecoveryCodeStore recoveryCodes, StaffAudit audit, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Makes the account; the token of its set-up link, to be shown to the admin once. */
    @Transactional
    String create(String admin, AccountForm form) {
        accounts.addWithoutPassword(form, clock.instant());
        audit.record(admin, StaffAudit.Action.ACCOUNT_CREATED, form.username());
        return newSetUpLink(admin, form.username());
    }

    /** A new set-up link (the first was lost, or the password forgotten); the old one stops working. */
    @Transactional
    String newSetUpLink(String admin, String username) {
        audit.record(admin, StaffAudit.Action.SET_UP_LINK_MADE, username);
        return links.issue(username, clock.instant());
    }

    /** The new member of staff's password, through their link; false if the link is no longer good. */
    @Transactional
    boolean choosePassword(String token, String password) {
        var username = links.accountFor(token, clock.instant());
        if (username.isEmpty() || !links.use(token, clock.instant())) {
            return false;
        }
        accounts.setPassword(username.get(), passwords.encode(password));
        accounts.endSessions(username.get());
        audit.record(username.get(), StaffAudit.Action.PASSWORD_CHOSEN, username.get());
        return true;
    }

    @Transactional
    void disable(String admin, String username) {
        accounts.setEnabled(username, false);
        accounts.endSessions(username);
        audit.record(admin, StaffAudit.Action.ACCOUNT_DISABLED, username);
    }

    @Transactional
    void enable(String admin, String username) {
        accounts.setEnabled(username, true);
        audit.record(admin, StaffAudit.Action.ACCOUNT_ENABLED, username);
    }

    /** Forgets the authenticator app and recovery codes: at next sign-in the account sets up a new app. */
    @Transactional
    void resetSecondFactor(String admin, String username) {
        authenticators.remove(username);
        recoveryCodes.removeAll(username);
        accounts.endSessions(username);
        audit.record(admin, StaffAudit.Action.SECOND_FACTOR_RESET, username);
    }
}
