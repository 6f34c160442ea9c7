package org.bluelamp.staff;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.spec.SecretKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@BluelampTest
class StaffSignInTest {

    private static final Pattern KEY = Pattern.compile("data-key>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([A-Z0-9-]{14})</code></li>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Test
    void anonymousVisitorsToStaffPagesGetTheSignInPage() {
        var session = new WebSession(port);
        for (String path : new String[]{"/staff", "/staff/contacts", "/staff/contacts/LP-ABC-DEF-GHJ",
                "/staff/sign-in/code", "/staff/set-up/authenticator"}) {
            var page = session.get(path);
            assertThat(page.pathOnly()).as(path).isEqualTo("/staff/sign-in");
            assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Sign in</h1>");
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameMessage() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        var wrongPassword = session.post("/staff/sign-in", "username", account.username(), "password", "not-the-password");
        session.get("/staff/sign-in");
        var unknown = session.post("/staff/sign-in", "username", "no.such.person", "password", "not-the-password");
        for (var page : List.of(wrongPassword, unknown)) {
            assertThat(page.pathOnly()).isEqualTo("/staff/sign-in");
            assertThat(page.body()).contains("The username or password is not right", "href=\"#username\"");
        }
        assertThat(session.get("/staff/contacts").pathOnly()).isEqualTo("/staff/sign-in");
    }

    @Test
    void aPasswordAloneShowsNoPersonalDataOnlyTheCodePage() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        var afterPassword = session.post("/staff/sign-in", "username", account.username(), "password",
                StaffAccountsForTests.PASSWORD);
        assertThat(afterPassword.pathOnly()).isEqualTo("/staff/sign-in/code");
        for (String path : List.of("/staff", "/staff/contacts", "/staff/contacts/LP-ABC-DEF-GHJ")) {
            var page = session.get(path);
            assertThat(page.pathOnly()).as(path).isEqualTo("/staff/sign-in/code");
            assertThat(page.body()).contains("Enter the code from your authenticator app").doesNotContain("Contacts");
        }
    }

    @Test
    void theCodeFromTheAppLeadsToThePageFirstAskedForInANewSession() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var session = new WebSession(port);
        assertThat(session.get("/staff/contacts?queue=crime-bureau").pathOnly()).isEqualTo("/staff/sign-in");
        session.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);
        String sessionAfterPassword = session.cookie("bluelamp_staff_session");

        var wrong = session.post("/staff/sign-in/code", "code", "000000".equals(account.code()) ? "111111" : "000000");
        assertThat(wrong.pathOnly()).isEqualTo("/staff/sign-in/code");
        assertThat(wrong.body()).contains("The code is not right", "href=\"#code\"");

        var page = session.post("/staff/sign-in/code", "code", account.code());
        assertThat(page.pathOnly()).isEqualTo("/staff/contacts");
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Contacts</h1>");
        assertThat(session.cookie("bluelamp_staff_session")).isNotEqualTo(sessionAfterPassword);

        var signedOut = session.post("/staff/sign-out");
        assertThat(signedOut.body()).contains("You have signed out.");
        assertThat(session.get("/staff/contacts").pathOnly()).isEqualTo("/staff/sign-in");
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() {
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        String code = account.code();
        var first = new WebSession(port);
        first.get("/staff/sign-in");
        first.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);
        assertThat(first.post("/staff/sign-in/code", "code", code).pathOnly()).isEqualTo("/staff/contacts");

        var second = new WebSession(port);
        second.get("/staff/sign-in");
        second.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);
        var replayed = second.post("/staff/sign-in/code", "code", code);
        assertThat(replayed.pathOnly()).isEqualTo("/staff/sign-in/code");
        assertThat(replayed.body()).contains("has been used already");
        assertThat(second.get("/staff/contacts").pathOnly()).isEqualTo("/staff/sign-in/code");
    }

    @Test
    void theFirstAdminSetsUpAnAuthenticatorAppAndGetsRecoveryCodesThatWorkOnce() throws Exception {
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        var setUp = session.post("/staff/sign-in", "username", "admin", "password", BluelampTest.ADMIN_PASSWORD);
        assertThat(setUp.pathOnly()).isEqualTo("/staff/set-up/authenticator");
        assertThat(setUp.body()).contains("Set up an authenticator app", "<img src=\"data:image/svg+xml;base64,",
                "alt=\"QR code for your authenticator app\"");
        var key = KEY.matcher(setUp.body());
        assertThat(key.find()).isTrue();
        byte[] secret = new Base32().decode(key.group(1).replace(" ", ""));
        assertThat(session.get("/staff/contacts").pathOnly()).as("nothing else before it is set up")
                .isEqualTo("/staff/set-up/authenticator");

        var recoveryPage = session.post("/staff/set-up/authenticator", "code", codeAt(secret, Instant.now()));
        var codes = RECOVERY_CODE.matcher(recoveryPage.body()).results().map(m -> m.group(1)).toList();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(*) FROM staff_recovery_code WHERE username = 'admin' AND code_hash = :c")
                .param("c", codes.getFirst()).query(Integer.class).single()).as("only hashes are kept").isZero();
        assertThat(jdbc.sql("SELECT action FROM staff_audit WHERE account = 'admin'").query(String.class).list())
                .contains("AUTHENTICATOR_SET_UP");

        var home = session.get("/staff");
        assertThat(home.body()).contains("You manage staff accounts");
        assertThat(session.get("/staff/contacts").status()).as("admin sees no personal data").isEqualTo(403);

        // Another day, without the phone: a recovery code, once.
        var later = new WebSession(port);
        later.get("/staff/sign-in");
        later.post("/staff/sign-in", "username", "admin", "password", BluelampTest.ADMIN_PASSWORD);
        later.get("/staff/sign-in/recovery-code");
        var recovered = later.post("/staff/sign-in/recovery-code", "recovery-code", codes.get(3).toLowerCase());
        assertThat(recovered.pathOnly()).isEqualTo("/staff");
        var again = new WebSession(port);
        again.get("/staff/sign-in");
        again.post("/staff/sign-in", "username", "admin", "password", BluelampTest.ADMIN_PASSWORD);
        again.get("/staff/sign-in/recovery-code");
        var reused = again.post("/staff/sign-in/recovery-code", "recovery-code", codes.get(3));
        assertThat(reused.pathOnly()).isEqualTo("/staff/sign-in/recovery-code");
        assertThat(reused.body()).contains("The recovery code is not right, or has been used already");
        assertThat(again.get("/staff/set-up/authenticator").pathOnly()).as("a password never re-enrols an app")
                .isEqualTo("/staff/sign-in/code");
    }

    @Test
    void passwordsAreStoredOnlyAsHashesAndSecretsOnlySealed() {
        String hash = jdbc.sql("SELECT password_hash FROM staff_account WHERE username = 'admin'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(BluelampTest.ADMIN_PASSWORD);
        var account = staffAccounts.create(StaffRole.OFFICER);
        byte[] stored = jdbc.sql("SELECT secret_sealed FROM staff_authenticator WHERE username = :u")
                .param("u", account.username()).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(account.secret(), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(stored.length).isGreaterThan(account.secret().length + 16);
    }

    @Test
    void anUnknownReferenceIsNotFoundForStaff() {
        var session = new WebSession(port);
        staffAccounts.signedIn(session, StaffRole.CONTACT_HANDLER);
        assertThat(session.get("/staff/contacts/LP-ABC-DEF-GHJ").status()).isEqualTo(404);
        assertThat(session.get("/staff/contacts/not-a-reference").body()).contains("Page not found");
    }

    private static String codeAt(byte[] secret, Instant when) throws Exception {
        return "%06d".formatted(new HmacOneTimePasswordGenerator(6).generateOneTimePassword(
                new SecretKeySpec(secret, "HmacSHA1"), Math.floorDiv(when.getEpochSecond(), 30)));
    }
}
