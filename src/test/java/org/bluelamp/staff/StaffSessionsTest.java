package org.bluelamp.staff;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@BluelampTest
class StaffSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    StaffProperties properties;

    @Test
    void aSignedInSessionEndsAfterTheConfiguredIdleTime() {
        var session = new WebSession(port);
        var account = staffAccounts.signedIn(session, StaffRole.CONTACT_HANDLER);
        assertThat(properties.idleTimeout()).hasMinutes(30);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :u")
                .param("u", account.username()).query(Integer.class).list())
                .containsExactly((int) properties.idleTimeout().toSeconds());
    }

    @Test
    void signedInPagesCarryTheWarningAndItsTimesButOthersDoNot() {
        var session = new WebSession(port);
        assertThat(session.get("/report").body()).doesNotContain("data-bluelamp-timeout", "timeout");
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        session.get("/staff/sign-in");
        var codePage = session.post("/staff/sign-in", "username", account.username(), "password",
                StaffAccountsForTests.PASSWORD);
        assertThat(codePage.body()).doesNotContain("data-bluelamp-timeout", "/assets/js/timeout");
        var signedIn = session.post("/staff/sign-in/code", "code", account.code());
        assertThat(signedIn.body()).contains("data-bluelamp-timeout", "data-timeout=\"1800\"", "data-warning=\"120\"",
                "/assets/js/timeout-", "You’re about to be signed out", "Stay signed in",
                "href=\"/staff/account\"");
    }

    @Test
    void keepAliveAnswersNoContentOnlyWithBothFactorsAndRestartsTheIdleClock() {
        var anonymous = new WebSession(port);
        anonymous.get("/staff/sign-in");
        assertThat(anonymous.post("/staff/keep-alive").pathOnly()).isEqualTo("/staff/sign-in");

        var passwordOnly = new WebSession(port);
        passwordOnly.get("/staff/sign-in");
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        passwordOnly.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);
        var notYet = passwordOnly.post("/staff/keep-alive");
        assertThat(notYet.status()).isNotEqualTo(204);
        assertThat(notYet.pathOnly()).isEqualTo("/staff/sign-in/code");

        var session = new WebSession(port);
        var signedIn = staffAccounts.signedIn(session, StaffRole.CONTACT_HANDLER);
        // As if the person had been idle for ten minutes.
        long tenMinutesAgo = Instant.now().minusSeconds(600).toEpochMilli();
        jdbc.sql("UPDATE spring_session SET last_access_time = :t WHERE principal_name = :u")
                .param("t", tenMinutesAgo).param("u", signedIn.username()).update();
        var kept = session.post("/staff/keep-alive");
        assertThat(kept.status()).isEqualTo(204);
        assertThat(kept.body()).isEmpty();
        long lastAccess = jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :u")
                .param("u", signedIn.username()).query(Long.class).single();
        assertThat(lastAccess).isGreaterThan(Instant.now().minusSeconds(60).toEpochMilli());
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccountAndNoOneElses() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var desk = new WebSession(port);
        staffAccounts.signIn(desk, account);
        var laptop = new WebSession(port);
        laptop.get("/staff/sign-in");
        laptop.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);
        // A code is accepted once: the laptop uses the next one, which the server accepts as one step ahead.
        assertThat(laptop.post("/staff/sign-in/code", "code", account.codeAt(Instant.now().plusSeconds(30)))
                .pathOnly()).isEqualTo("/staff/contacts");
        var colleague = new WebSession(port);
        var other = staffAccounts.signedIn(colleague, StaffRole.CONTACT_HANDLER);
        assertThat(sessionsOf(account.username())).isEqualTo(2);

        var accountPage = desk.get("/staff/account");
        assertThat(accountPage.body()).contains("Your account", account.username(), "Sign out everywhere");
        var signedOut = desk.post("/staff/account/sign-out-everywhere");

        assertThat(signedOut.path()).isEqualTo("/staff/sign-in?signed-out-everywhere");
        assertThat(signedOut.body()).contains("You have signed out on every device.");
        assertThat(sessionsOf(account.username())).isZero();
        assertThat(desk.get("/staff/contacts").pathOnly()).isEqualTo("/staff/sign-in");
        assertThat(laptop.get("/staff/contacts").pathOnly()).isEqualTo("/staff/sign-in");
        assertThat(colleague.get("/staff/contacts").pathOnly()).isEqualTo("/staff/contacts");
        assertThat(sessionsOf(other.username())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM staff_audit WHERE account = :u AND action = 'SIGNED_OUT_EVERYWHERE'")
                .param("u", account.username()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theTimedOutPageSaysWhyAndNeedsNoSignIn() {
        var page = new WebSession(port).get("/staff/timed-out");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.pathOnly()).isEqualTo("/staff/timed-out");
        assertThat(page.body()).contains("You have been signed out",
                "You were signed out because you did nothing for 30 minutes. Nothing you saved has been lost.",
                "href=\"/staff/sign-in\"");
    }

    private int sessionsOf(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
                .param("u", username).query(Integer.class).single();
    }
}
