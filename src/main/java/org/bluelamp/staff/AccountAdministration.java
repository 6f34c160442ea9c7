package org.bluelamp.staff;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * What one admin does to accounts, each change and its line on the audit trail in one transaction. Disabling an
 * account ends its sessions in that same transaction: the next request it makes, on any device, finds itself signed
 * out. What could hand an existing account to someone else needs a second admin: {@link AccountChangeApprovals}.
 */
@Service
class AccountAdministration {

    private final StaffAccounts accounts;
    private final SetUpLinks links;
    private final AccountChangeApprovals approvals;
    private final StaffAudit audit;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountAdministration(StaffAccounts accounts, SetUpLinks links, AccountChangeApprovals approvals, StaffAudit audit,
                          PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.approvals = approvals;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Makes the account; the token of its set-up link, to be shown to the admin once. A new account is not a takeover
     * (it acts under its own name, made by this admin on its trail), so one admin makes it, except an admin account:
     * that would be a second pair of eyes for whoever made it. So, once there is any other admin, a new admin
     * account's link waits for another admin's approval, and is shown to that admin, never to its maker (empty).
     */
    @Transactional
    Optional<String> create(String admin, AccountForm form) {
        accounts.addWithoutPassword(form, clock.instant());
        audit.record(admin, StaffAudit.Action.ACCOUNT_CREATED, form.username());
        if (form.roles().contains(StaffRole.ADMIN) && accounts.anotherAdminThan(admin, form.username())) {
            approvals.request(admin, form.username(), AccountChangeKind.SET_UP_LINK, null, null);
            return Optional.empty();
        }
        audit.record(admin, StaffAudit.Action.SET_UP_LINK_MADE, form.username());
        return Optional.of(links.issue(form.username(), clock.instant()));
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
}
