package org.bluelamp.staff;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 21, hole 7, as an attacker does it: an admin resets the data protection officer's second factor and makes a
 * set-up link for it (or changes its roles or email, or makes themselves a second admin) to take the account over.
 * Each waits for a different admin's approval, the holder is told by email, and the link is only ever shown to the
 * admin who approved it. Fails if one admin alone can do it.
 */
@BluelampTest
class AccountTakeoverAttackTest {

    private static final Pattern LINK = Pattern.compile("data-set-up-link>([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminCannotResetTheDataProtectionOfficersSecondFactorAlone() {
        var dpo = staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER);
        var dpoSession = new WebSession(port);
        staffAccounts.signIn(dpoSession, dpo);
        var attacker = new WebSession(port);
        var a = staffAccounts.signedIn(attacker, StaffRole.ADMIN);

        attacker.get("/staff/accounts/" + dpo.username());
        var asked = attacker.post("/staff/accounts/" + dpo.username() + "/reset-second-factor");
        assertThat(asked.body()).contains("Another admin must approve it");
        assertThat(hasAuthenticator(dpo)).as("nothing changes on one admin's say").isTrue();
        assertThat(dpoSession.get("/staff/data-requests").status()).as("the DPO is still signed in").isEqualTo(200);
        assertThat(passwordOnly(dpo).pathOnly()).isEqualTo("/staff/sign-in/code");

        UUID change = changeOn(asked.body(), AccountChangeKind.SECOND_FACTOR_RESET);
        var ownApproval = attacker.post("/staff/accounts/changes/" + change + "/approve");
        assertThat(ownApproval.body()).contains("You asked for this change, so you cannot approve it");
        assertThat(hasAuthenticator(dpo)).as("an admin cannot approve their own request").isTrue();
        assertThat(status(change)).isEqualTo("pending");

        String told = awaitMessage(dpo.username(), "staff-change-requested");
        assertThat(told).contains(dpo.username(), "Reset the authenticator app", a.username(),
                "If you did not expect this");

        var approver = new WebSession(port);
        var b = staffAccounts.signedIn(approver, StaffRole.ADMIN);
        var list = approver.get("/staff/accounts");
        assertThat(list.body()).as("other admins see what waits").contains("Changes waiting for a second admin",
                change.toString());
        var approved = approver.post("/staff/accounts/changes/" + change + "/approve");
        assertThat(approved.body()).contains("Approved: the change has been made");
        assertThat(hasAuthenticator(dpo)).isFalse();
        assertThat(dpoSession.get("/staff/data-requests").pathOnly()).as("its sessions end").isEqualTo("/staff/sign-in");
        assertThat(passwordOnly(dpo).pathOnly()).isEqualTo("/staff/set-up/authenticator");

        String applied = awaitMessage(dpo.username(), "staff-change-applied");
        assertThat(applied).contains(a.username(), b.username());
        assertThat(trail(dpo.username())).containsSubsequence(
                b.username() + " SECOND_FACTOR_RESET", b.username() + " CHANGE_APPROVED SECOND_FACTOR_RESET",
                a.username() + " CHANGE_REQUESTED SECOND_FACTOR_RESET");
        assertThat(approver.post("/staff/accounts/changes/" + change + "/approve").body())
                .as("approved once only").contains("That request is no longer waiting");
    }

    @Test
    void aNewSetUpLinkIsNeverShownToTheAdminWhoAskedForIt() {
        var dpo = staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER);
        var attacker = new WebSession(port);
        staffAccounts.signedIn(attacker, StaffRole.ADMIN);
        attacker.get("/staff/accounts/" + dpo.username());
        var asked = attacker.post("/staff/accounts/" + dpo.username() + "/set-up-link");
        assertThat(asked.body()).doesNotContain("data-set-up-link", "/staff/set-up/password/");
        assertThat(links(dpo.username())).as("no link exists until approved").isZero();
        UUID change = changeOn(asked.body(), AccountChangeKind.SET_UP_LINK);
        assertThat(attacker.post("/staff/accounts/changes/" + change + "/approve").body())
                .doesNotContain("data-set-up-link");
        assertThat(links(dpo.username())).isZero();

        var approver = new WebSession(port);
        staffAccounts.signedIn(approver, StaffRole.ADMIN);
        approver.get("/staff/accounts");
        var approved = approver.post("/staff/accounts/changes/" + change + "/approve");
        var link = LINK.matcher(approved.body());
        assertThat(link.find()).as("the approving admin sees the link, once").isTrue();
        assertThat(new WebSession(port).get(URI.create(link.group(1)).getPath()).body())
                .contains("Choose your password");
        assertThat(attacker.get("/staff/accounts/" + dpo.username()).body()).doesNotContain("/staff/set-up/password/");
        assertThat(approver.get("/staff/accounts/" + dpo.username()).body()).doesNotContain("/staff/set-up/password/");

        assertThat(awaitMessage(dpo.username(), "staff-change-applied")).as("the email carries no link")
                .contains("Make a new set-up link").doesNotContain("/staff/set-up/password/", link.group(1));
    }

    @Test
    void anAdminCannotGiveThemselvesOrAnotherAccountARoleThatSeesPersonalDataAlone() {
        var officer = staffAccounts.create(StaffRole.OFFICER);
        var attacker = new WebSession(port);
        var a = staffAccounts.signedIn(attacker, StaffRole.ADMIN);

        attacker.get("/staff/accounts/" + a.username() + "/change");
        var self = attacker.post("/staff/accounts/" + a.username() + "/change", "email",
                StaffAccountsForTests.email(a.username()), "roles", "ADMIN", "roles", "DATA_PROTECTION_OFFICER");
        UUID selfChange = changeOn(self.body(), AccountChangeKind.ROLES);
        attacker.post("/staff/accounts/changes/" + selfChange + "/approve");
        assertThat(roles(a.username())).containsExactly("ADMIN");
        assertThat(attacker.get("/staff/data-requests").status()).isEqualTo(403);

        attacker.get("/staff/accounts/" + officer.username() + "/change");
        var other = attacker.post("/staff/accounts/" + officer.username() + "/change", "email",
                StaffAccountsForTests.email(officer.username()), "roles", "OFFICER", "roles", "SUPERVISOR");
        UUID roleChange = changeOn(other.body(), AccountChangeKind.ROLES);
        attacker.post("/staff/accounts/changes/" + roleChange + "/approve");
        assertThat(roles(officer.username())).containsExactly("OFFICER");
        assertThat(awaitMessage(officer.username(), "staff-change-requested")).contains("Change the roles");

        var approver = new WebSession(port);
        var b = staffAccounts.signedIn(approver, StaffRole.ADMIN);
        approver.get("/staff/accounts");
        approver.post("/staff/accounts/changes/" + roleChange + "/approve");
        assertThat(roles(officer.username())).containsExactlyInAnyOrder("OFFICER", "SUPERVISOR");
        assertThat(awaitMessage(officer.username(), "staff-change-applied")).contains(b.username());
        assertThat(trail(officer.username())).containsSubsequence(b.username() + " ROLES_CHANGED",
                b.username() + " CHANGE_APPROVED ROLES", a.username() + " CHANGE_REQUESTED ROLES");
    }

    @Test
    void anEmailChangeWaitsForApprovalAndBothAddressesAreTold() {
        var dpo = staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER);
        String old = StaffAccountsForTests.email(dpo.username());
        String attackers = "inbox." + UUID.randomUUID().toString().substring(0, 8) + "@attacker.example";
        var attacker = new WebSession(port);
        staffAccounts.signedIn(attacker, StaffRole.ADMIN);
        attacker.get("/staff/accounts/" + dpo.username() + "/change");
        var asked = attacker.post("/staff/accounts/" + dpo.username() + "/change", "email", attackers,
                "roles", "DATA_PROTECTION_OFFICER");
        UUID change = changeOn(asked.body(), AccountChangeKind.EMAIL);
        attacker.post("/staff/accounts/changes/" + change + "/approve");
        assertThat(email(dpo.username())).isEqualTo(old);
        await().atMost(Duration.ofSeconds(10)).until(() -> !messages(old, "staff-change-requested").isEmpty());
        assertThat(messages(attackers, "staff-change-requested")).as("the old address is told, not the new")
                .isEmpty();

        var approver = new WebSession(port);
        staffAccounts.signedIn(approver, StaffRole.ADMIN);
        approver.get("/staff/accounts");
        approver.post("/staff/accounts/changes/" + change + "/approve");
        assertThat(email(dpo.username())).isEqualTo(attackers);
        await().atMost(Duration.ofSeconds(10)).until(() -> !messages(old, "staff-change-applied").isEmpty()
                && !messages(attackers, "staff-change-applied").isEmpty());
    }

    @Test
    void anAdminCannotMakeASecondAdminAccountToApproveTheirOwnRequests() {
        var attacker = new WebSession(port);
        staffAccounts.signedIn(attacker, StaffRole.ADMIN);
        String puppet = "puppet." + UUID.randomUUID().toString().substring(0, 8);
        attacker.get("/staff/accounts/new");
        var created = attacker.post("/staff/accounts/new", "name", "Sock Puppet", "username", puppet, "email",
                puppet + "@example.police.uk", "roles", "ADMIN");
        assertThat(created.body()).contains("its set-up link waits for another admin").doesNotContain("data-set-up-link");
        assertThat(links(puppet)).isZero();
        UUID change = changeOn(created.body(), AccountChangeKind.SET_UP_LINK);
        assertThat(attacker.post("/staff/accounts/changes/" + change + "/approve").body())
                .doesNotContain("data-set-up-link");
        assertThat(links(puppet)).isZero();

        var approver = new WebSession(port);
        staffAccounts.signedIn(approver, StaffRole.ADMIN);
        approver.get("/staff/accounts");
        assertThat(LINK.matcher(approver.post("/staff/accounts/changes/" + change + "/approve").body()).find())
                .isTrue();
    }

    @Test
    void aCancelledOrExpiredRequestCannotBeApproved() {
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var a = new WebSession(port);
        var admin = staffAccounts.signedIn(a, StaffRole.ADMIN);
        var b = new WebSession(port);
        var other = staffAccounts.signedIn(b, StaffRole.ADMIN);

        a.get("/staff/accounts/" + handler.username());
        UUID cancelled = changeOn(a.post("/staff/accounts/" + handler.username() + "/reset-second-factor").body(),
                AccountChangeKind.SECOND_FACTOR_RESET);
        b.get("/staff/accounts/" + handler.username());
        assertThat(b.post("/staff/accounts/changes/" + cancelled + "/cancel").body())
                .contains("The request has been cancelled");
        assertThat(b.post("/staff/accounts/changes/" + cancelled + "/approve").body())
                .contains("That request is no longer waiting");
        assertThat(hasAuthenticator(handler)).isTrue();

        UUID expired = changeOn(a.post("/staff/accounts/" + handler.username() + "/reset-second-factor").body(),
                AccountChangeKind.SECOND_FACTOR_RESET);
        jdbc.sql("UPDATE staff_account_change SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .param("id", expired).update();
        assertThat(b.post("/staff/accounts/changes/" + expired + "/approve").body())
                .contains("That request is no longer waiting");
        assertThat(hasAuthenticator(handler)).isTrue();
        assertThat(trail(handler.username())).contains(other.username() + " CHANGE_CANCELLED SECOND_FACTOR_RESET",
                admin.username() + " CHANGE_REQUESTED SECOND_FACTOR_RESET");
    }

    private static UUID changeOn(String page, AccountChangeKind kind) {
        var matcher = Pattern.compile("data-change=\"([0-9a-f-]{36})\" data-change-kind=\"" + kind.name() + "\"")
                .matcher(page);
        assertThat(matcher.find()).as("a " + kind + " change waits on the page").isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private WebSession.Page passwordOnly(StaffAccountsForTests.Account account) {
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        return session.post("/staff/sign-in", "username", account.username(), "password",
                StaffAccountsForTests.PASSWORD);
    }

    private boolean hasAuthenticator(StaffAccountsForTests.Account account) {
        return jdbc.sql("SELECT count(*) FROM staff_authenticator WHERE username = :u").param("u", account.username())
                .query(Integer.class).single() > 0;
    }

    private String status(UUID change) {
        return jdbc.sql("SELECT status FROM staff_account_change WHERE id = :id").param("id", change)
                .query(String.class).single();
    }

    private int links(String username) {
        return jdbc.sql("SELECT count(*) FROM staff_set_up_link WHERE username = :u").param("u", username)
                .query(Integer.class).single();
    }

    private List<String> roles(String username) {
        return jdbc.sql("SELECT unnest(roles) FROM staff_account WHERE username = :u").param("u", username)
                .query(String.class).list();
    }

    private String email(String username) {
        return jdbc.sql("SELECT email FROM staff_account WHERE username = :u").param("u", username)
                .query(String.class).single();
    }

    private List<String> messages(String recipient, String kind) {
        return jdbc.sql("SELECT coalesce(subject, '') || ' ' || body FROM message WHERE recipient = :r AND kind = :k")
                .param("r", recipient).param("k", kind).query(String.class).list();
    }

    /** The email to the account's holder of this kind, once the listener has queued it. */
    private String awaitMessage(String username, String kind) {
        String to = StaffAccountsForTests.email(username);
        await().atMost(Duration.ofSeconds(10)).until(() -> !messages(to, kind).isEmpty());
        return messages(to, kind).getFirst();
    }

    private List<String> trail(String account) {
        return jdbc.sql("""
                        SELECT actor || ' ' || action || coalesce(' ' || detail, '') FROM staff_audit
                        WHERE account = :a ORDER BY id DESC""")
                .param("a", account).query(String.class).list();
    }
}
