package org.bluelamp.staff;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.springframework.context.annotation.Import;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins lock an account for a while, worded the same for real and unknown usernames. */
@BluelampTest
@TestPropertySource(properties = "bluelamp.staff.sign-in.address-failures=12")
@Import(MovableClock.class)
class SignInThrottlingTest {

    private static final String WRONG_PASSWORD = "not the password at all";
    private static final String NOT_RIGHT = "The username or password is not right";
    private static final String TOO_MANY = "Too many attempts. Wait 15 minutes and try again, or ask an administrator "
            + "to unlock your account";


    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    SignInLocks locks;

    @Autowired
    SignInFailures failures;

    @BeforeEach
    void startWithNoRecentFailures() {
        // Every attempt in this class comes from the same address: half an hour on, earlier tests' failures are over.
        clock.advance(Duration.ofMinutes(31));
    }

    @Test
    void theSixthAttemptAfterFiveWrongPasswordsIsRefusedEvenWithTheRightPassword() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        for (int i = 1; i <= 5; i++) {
            assertThat(password(session, account.username(), WRONG_PASSWORD).body()).as("attempt " + i)
                    .contains(NOT_RIGHT).doesNotContain(TOO_MANY);
        }
        var sixth = password(session, account.username(), StaffAccountsForTests.PASSWORD);
        assertThat(sixth.pathOnly()).isEqualTo("/staff/sign-in");
        assertThat(sixth.body()).contains(TOO_MANY, "href=\"#username\"").doesNotContain(NOT_RIGHT);
        assertThat(session.get("/staff/contacts").pathOnly()).as("not even the password step passed")
                .isEqualTo("/staff/sign-in");
        assertThat(password(session, account.username(), WRONG_PASSWORD).body()).contains(TOO_MANY);
        assertThat(password(new WebSession(port), "  " + account.username().toUpperCase() + " ",
                StaffAccountsForTests.PASSWORD).body()).as("the username as typed differently").contains(TOO_MANY);

        var keys = jdbc.sql("SELECT account_key FROM sign_in_failure WHERE failed_at > :since")
                .param("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))))
                .query(byte[].class).list();
        assertThat(keys).as("refused attempts are not failures, so they cannot make the lock longer").hasSize(5);
        assertThat(keys.getFirst()).as("an HMAC, not the username").hasSize(32)
                .isNotEqualTo(account.username().getBytes());
    }

    @Test
    void anUnknownUsernameGetsExactlyTheSameResponsesAsARealOne() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var real = new WebSession(port);
        var unknown = new WebSession(port);
        for (int i = 1; i <= 7; i++) {
            String password = i == 6 ? StaffAccountsForTests.PASSWORD : WRONG_PASSWORD;
            var fromReal = password(real, account.username(), password);
            var fromUnknown = password(unknown, "no.such." + account.username(), password);
            assertThat(fromUnknown.status()).as("attempt " + i).isEqualTo(fromReal.status());
            assertThat(fromUnknown.path()).as("attempt " + i).isEqualTo(fromReal.path());
            assertThat(withoutTokens(fromUnknown.body())).as("attempt " + i).isEqualTo(withoutTokens(fromReal.body()));
            assertThat(fromReal.body()).contains(i <= 5 ? NOT_RIGHT : TOO_MANY);
        }
    }

    @Test
    void theLockLiftsFifteenMinutesAfterTheLastFailure() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        lockByPasswords(session, account.username());

        clock.advance(Duration.ofMinutes(14));
        assertThat(password(session, account.username(), StaffAccountsForTests.PASSWORD).body()).contains(TOO_MANY);
        clock.advance(Duration.ofMinutes(1).plusSeconds(5));
        assertThat(password(session, account.username(), StaffAccountsForTests.PASSWORD).pathOnly())
                .isEqualTo("/staff/sign-in/code");
    }

    @Test
    void anAdministratorUnlocksTheAccountOnTheAuditTrail() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        lockByPasswords(session, account.username());
        assertThat(password(session, account.username(), StaffAccountsForTests.PASSWORD).body()).contains(TOO_MANY);

        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        try {
            locks.unlock(account.username());
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(password(session, account.username(), StaffAccountsForTests.PASSWORD).pathOnly())
                .isEqualTo("/staff/sign-in/code");
        assertThat(jdbc.sql("SELECT actor || ' ' || action FROM staff_audit WHERE account = :u")
                .param("u", account.username()).query(String.class).list()).containsExactly("admin ACCOUNT_UNLOCKED");
    }

    @Test
    void wrongCodesCountAndTheOneThatLocksEndsTheSession() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        assertThat(password(session, account.username(), WRONG_PASSWORD).body()).contains(NOT_RIGHT);
        assertThat(password(session, account.username(), StaffAccountsForTests.PASSWORD).pathOnly())
                .isEqualTo("/staff/sign-in/code");
        assertThat(session.post("/staff/sign-in/code", "code", wrongCode(account)).path())
                .isEqualTo("/staff/sign-in/code?error");
        assertThat(session.post("/staff/sign-in/code", "code", wrongCode(account)).path())
                .isEqualTo("/staff/sign-in/code?error");
        session.get("/staff/sign-in/recovery-code");
        assertThat(session.post("/staff/sign-in/recovery-code", "recovery-code", "AAAA-BBBB-CCCC").path())
                .isEqualTo("/staff/sign-in/recovery-code?error");

        var fifth = session.post("/staff/sign-in/recovery-code", "recovery-code", "AAAA-BBBB-CCCC");
        assertThat(fifth.pathOnly()).isEqualTo("/staff/sign-in");
        assertThat(fifth.body()).contains(TOO_MANY);
        assertThat(session.get("/staff/sign-in/code").pathOnly()).as("the session has ended")
                .isEqualTo("/staff/sign-in");
        assertThat(password(session, account.username(), StaffAccountsForTests.PASSWORD).body()).contains(TOO_MANY);
    }

    @Test
    void aSessionWithThePasswordCannotGuessCodesOnceTheAccountIsLockedElsewhere() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var holder = new WebSession(port);
        password(holder, account.username(), StaffAccountsForTests.PASSWORD);
        lockByPasswords(new WebSession(port), account.username());

        var guess = holder.post("/staff/sign-in/code", "code", account.codeAt(clock.instant()));
        assertThat(guess.pathOnly()).isEqualTo("/staff/sign-in");
        assertThat(guess.body()).contains(TOO_MANY);
        assertThat(holder.get("/staff/contacts").pathOnly()).isEqualTo("/staff/sign-in");
    }

    @Test
    void bothFactorsClearTheCountButThePasswordAloneDoesNot() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        for (int i = 0; i < 4; i++) {
            password(session, account.username(), WRONG_PASSWORD);
        }
        password(session, account.username(), StaffAccountsForTests.PASSWORD);
        assertThat(session.post("/staff/sign-in/code", "code", account.codeAt(clock.instant())).pathOnly())
                .as("signed in").doesNotStartWith("/staff/sign-in");
        session.post("/staff/sign-out");

        for (int i = 0; i < 4; i++) {
            assertThat(password(session, account.username(), WRONG_PASSWORD).body()).contains(NOT_RIGHT);
        }
        assertThat(password(session, account.username(), StaffAccountsForTests.PASSWORD).pathOnly())
                .as("four since signing in, not eight").isEqualTo("/staff/sign-in/code");
        var fifth = session.post("/staff/sign-in/code", "code", wrongCode(account));
        assertThat(fifth.body()).as("the password alone did not clear the four").contains(TOO_MANY);
    }

    @Test
    void anAddressFailingAcrossManyAccountsIsRefused() {
        var session = new WebSession(port);
        for (int i = 0; i < 12; i++) {
            assertThat(password(session, "guess." + (i % 3), WRONG_PASSWORD).body()).contains(NOT_RIGHT);
        }
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        assertThat(password(new WebSession(port), account.username(), StaffAccountsForTests.PASSWORD).body())
                .contains(TOO_MANY);
        clock.advance(Duration.ofMinutes(15).plusSeconds(5));
        assertThat(password(new WebSession(port), account.username(), StaffAccountsForTests.PASSWORD).pathOnly())
                .isEqualTo("/staff/sign-in/code");
    }

    @Test
    void failuresAreKeptForADay() {
        failures.add(new byte[32], "192.0.2.1", clock.instant());
        failures.purge();
        assertThat(failures.ofAddress("192.0.2.1", clock.instant().minus(Duration.ofHours(1)))).isEqualTo(1);
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        failures.purge();
        assertThat(failures.ofAddress("192.0.2.1", clock.instant().minus(Duration.ofDays(2)))).isZero();
    }

    private static WebSession.Page password(WebSession session, String username, String password) {
        session.get("/staff/sign-in");
        return session.post("/staff/sign-in", "username", username, "password", password);
    }

    private static void lockByPasswords(WebSession session, String username) {
        for (int i = 0; i < 5; i++) {
            assertThat(password(session, username, WRONG_PASSWORD).body()).contains(NOT_RIGHT);
        }
    }

    /** Six digits none of the codes accepted now. */
    private String wrongCode(StaffAccountsForTests.Account account) {
        var now = clock.instant();
        var accepted = Set.of(account.codeAt(now.minusSeconds(30)), account.codeAt(now), account.codeAt(now.plusSeconds(30)));
        var candidates = new ArrayList<>(List.of("000000", "111111", "222222", "333333"));
        candidates.removeAll(accepted);
        return candidates.getFirst();
    }

    private static String withoutTokens(String body) {
        return body.replaceAll("value=\"[^\"]{20,}\"", "value=\"token\"");
    }
}
