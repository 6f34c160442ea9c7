package org.bluelamp.staff;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Four eyes on the changes that could hand an account to someone else ({@link AccountChangeKind}): one admin asks,
 * a different admin approves, and only then is the change made. It applies to every existing account: each role but
 * admin sees personal data, and an admin account taken over would be a second pair of eyes for the one who took it.
 * The holder is told by email when it is asked for and when it is made (events that the message module sends), and
 * every step is on the account's trail, in the same transaction as the step.
 */
@Service
class AccountChangeApprovals {

    /** What became of an approval. */
    sealed interface Approval {
        /** Made; for a set-up link, its token, for the approving admin's eyes only (shown once). */
        record Applied(AccountChange change, Optional<String> setUpToken) implements Approval { }

        /** The admin asked for it themselves: another admin must approve it. */
        record OwnRequest(AccountChange change) implements Approval { }

        /** Approved or cancelled already, out of date, or never there. */
        record NotWaiting() implements Approval { }
    }

    private final AccountChanges changes;
    private final StaffAccounts accounts;
    private final SetUpLinks links;
    private final Authenticators authenticators;
    private final RecoveryCodeStore recoveryCodes;
    private final StaffAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountChangeApprovals(AccountChanges changes, StaffAccounts accounts, SetUpLinks links,
                           Authenticators authenticators, RecoveryCodeStore recoveryCodes, StaffAudit audit,
                           ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.accounts = accounts;
        this.links = links;
        this.authenticators = authenticators;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks for a change, which waits for a second admin; the holder is told.
     *
     * @param roles the roles a ROLES change sets, else null
     * @param email the address an EMAIL change sets, else null
     * @return the request, or empty if one of this kind already waits for the account
     */
    @Transactional
    Optional<AccountChange> request(String admin, String username, AccountChangeKind kind, Set<StaffRole> roles,
                                    String email) {
        var account = accounts.summary(username).orElseThrow();
        var asked = changes.request(account.username(), kind, roles, email, admin, clock.instant());
        asked.ifPresent(change -> {
            audit.record(admin, StaffAudit.Action.CHANGE_REQUESTED, account.username(), kind);
            events.publishEvent(new StaffAccountChangeRequested(change.id(), account.username(), kind,
                    address(account.email()), who(admin), change.expiresAt()));
        });
        return asked;
    }

    /** Approves and makes the change, unless this admin asked for it or it no longer waits. */
    @Transactional
    Approval approve(String admin, UUID id) {
        var now = clock.instant();
        var waiting = changes.waiting(id, now);
        if (waiting.isEmpty()) {
            return new Approval.NotWaiting();
        }
        var change = waiting.get();
        if (!change.approvableBy(admin)) {
            return new Approval.OwnRequest(change);
        }
        if (!changes.approve(id, admin, now)) {
            return new Approval.NotWaiting();
        }
        var before = accounts.summary(change.username()).orElseThrow();
        audit.record(admin, StaffAudit.Action.CHANGE_APPROVED, change.username(), change.kind());
        Optional<String> token = apply(admin, change);
        var tell = new ArrayList<EmailAddress>();
        Optional.ofNullable(address(before.email())).ifPresent(tell::add);
        if (change.kind() == AccountChangeKind.EMAIL) {
            Optional.ofNullable(address(change.email())).filter(e -> !e.sameAs(address(before.email())))
                    .ifPresent(tell::add);
        }
        events.publishEvent(new StaffAccountChangeApplied(change.id(), change.username(), change.kind(),
                List.copyOf(tell), who(change.requestedBy()), who(admin)));
        return new Approval.Applied(change, token);
    }

    /** The admin who asked, or any other, may cancel a waiting change; empty if it no longer waits. */
    @Transactional
    Optional<AccountChange> cancel(String admin, UUID id) {
        var change = changes.waiting(id, clock.instant()).filter(c -> changes.cancel(id, admin, clock.instant()));
        change.ifPresent(c -> audit.record(admin, StaffAudit.Action.CHANGE_CANCELLED, c.username(), c.kind()));
        return change;
    }

    private Optional<String> apply(String admin, AccountChange change) {
        String username = change.username();
        return switch (change.kind()) {
            case SECOND_FACTOR_RESET -> {
                authenticators.remove(username);
                recoveryCodes.removeAll(username);
                accounts.endSessions(username);
                audit.record(admin, StaffAudit.Action.SECOND_FACTOR_RESET, username);
                yield Optional.empty();
            }
            case SET_UP_LINK -> {
                audit.record(admin, StaffAudit.Action.SET_UP_LINK_MADE, username);
                yield Optional.of(links.issue(username, clock.instant()));
            }
            case ROLES -> {
                accounts.setRoles(username, change.roles());
                // Sessions hold the roles they signed in with: end them so a role taken away is gone at once.
                accounts.endSessions(username);
                audit.record(admin, StaffAudit.Action.ROLES_CHANGED, username);
                yield Optional.empty();
            }
            case EMAIL -> {
                accounts.setEmail(username, change.email());
                audit.record(admin, StaffAudit.Action.EMAIL_CHANGED, username);
                yield Optional.empty();
            }
        };
    }

    /** "Full name (username)", as the holder is told who asked and who approved. */
    private String who(String username) {
        return accounts.summary(username).map(a -> a.displayName() + " (" + a.username() + ")").orElse(username);
    }

    private static EmailAddress address(String email) {
        return EmailAddress.parse(email).orElse(null);
    }
}
