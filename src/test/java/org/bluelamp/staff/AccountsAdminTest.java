package org.bluelamp.staff;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin makes and disables accounts, and with a second admin resets them; the person uses their one-time link;
 * all of it on the trail.
 */
@BluelampTest
class AccountsAdminTest {

    private static final Pattern LINK = Pattern.compile("data-set-up-link>([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminCreatesAnAccountAndThePersonChoosesAPasswordWithTheirLinkOnce() {
        var admin = new WebSession(port);
        staffAccounts.signedIn(admin, StaffRole.ADMIN);
        admin.get("/staff/accounts/new");
        var refused = admin.post("/staff/accounts/new", "name", "", "username", "J Smith", "email", "not-an-email");
        assertThat(refused.body()).contains("Enter the person's full name", "Enter a username of 2 to 64",
                "Enter a work email address", "Select at least one role", "value=\"not-an-email\"");

        var created = admin.post("/staff/accounts/new", "name", "Jo Smith", "username", "J.Smith", "email",
                "jo.smith@example.police.uk", "team", "north", "roles", "OFFICER", "roles", "SUPERVISOR");
        assertThat(created.body()).contains("Account created", "Jo Smith");
        var link = LINK.matcher(created.body());
        assertThat(link.find()).isTrue();
        String path = URI.create(link.group(1)).getPath();
        assertThat(jdbc.sql("SELECT roles::text FROM staff_account WHERE username = 'j.smith'").query(String.class)
                .single()).contains("OFFICER", "SUPERVISOR");
        assertThat(jdbc.sql("SELECT count(*) FROM staff_set_up_link WHERE token_hash LIKE :t")
                .param("t", path.substring(path.lastIndexOf('/') + 1) + "%").query(Integer.class).single())
                .as("only the hash is kept").isZero();

        var person = new WebSession(port);
        person.get("/staff/sign-in");
        var noPasswordYet = person.post("/staff/sign-in", "username", "j.smith", "password", "anything at all 123");
        assertThat(noPasswordYet.body()).contains("The username or password is not right");

        assertThat(person.get(path).body()).contains("Choose your password", "Jo Smith");
        var weak = person.post(path, "password", "password1234", "confirm-password", "password1234");
        assertThat(weak.body()).contains("Your password is too easy to guess");
        var named = person.post(path, "password", "jo.smith rules the roost", "confirm-password", "x");
        assertThat(named.body()).contains("must not include your name or username");
        var chosen = person.post(path, "password", "amber lantern quietly 7", "confirm-password",
                "amber lantern quietly 7");
        assertThat(chosen.pathOnly()).isEqualTo("/staff/sign-in");
        assertThat(chosen.body()).contains("Password saved");
        assertThat(person.get(path).body()).as("the link works once").contains("This link no longer works");

        var signIn = person.post("/staff/sign-in", "username", "j.smith", "password", "amber lantern quietly 7");
        assertThat(signIn.pathOnly()).isEqualTo("/staff/set-up/authenticator");

        assertThat(trail("j.smith")).contains("ACCOUNT_CREATED", "SET_UP_LINK_MADE", "PASSWORD_CHOSEN");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnceAndItCannotSignIn() {
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var handlerSession = new WebSession(port);
        staffAccounts.signIn(handlerSession, handler);
        assertThat(handlerSession.get("/staff/contacts").status()).isEqualTo(200);

        var admin = new WebSession(port);
        var adminAccount = staffAccounts.signedIn(admin, StaffRole.ADMIN);
        admin.get("/staff/accounts/" + handler.username());
        var disabled = admin.post("/staff/accounts/" + handler.username() + "/disable");
        assertThat(disabled.body()).contains("Disabled", "Account disabled");

        assertThat(handlerSession.get("/staff/contacts").pathOnly()).isEqualTo("/staff/sign-in");
        var again = new WebSession(port);
        again.get("/staff/sign-in");
        var refused = again.post("/staff/sign-in", "username", handler.username(), "password",
                StaffAccountsForTests.PASSWORD);
        assertThat(refused.body()).contains("The username or password is not right");

        admin.post("/staff/accounts/" + handler.username() + "/enable");
        assertThat(trail(handler.username())).containsSubsequence("ACCOUNT_ENABLED", "ACCOUNT_DISABLED");
        assertThat(jdbc.sql("SELECT actor FROM staff_audit WHERE account = :a AND action = 'ACCOUNT_DISABLED'")
                .param("a", handler.username()).query(String.class).single()).isEqualTo(adminAccount.username());
    }

    @Test
    void resettingTheSecondFactorMakesThePersonSetUpANewApp() {
        var officer = staffAccounts.create(StaffRole.OFFICER);
        var admin = new WebSession(port);
        staffAccounts.signedIn(admin, StaffRole.ADMIN);
        admin.get("/staff/accounts/" + officer.username());
        var asked = admin.post("/staff/accounts/" + officer.username() + "/reset-second-factor");
        // Four eyes (AccountTakeoverAttackTest): a second admin approves it from the accounts page.
        var change = Pattern.compile("data-change=\"([0-9a-f-]{36})\"").matcher(asked.body());
        assertThat(change.find()).isTrue();
        var approver = new WebSession(port);
        staffAccounts.signedIn(approver, StaffRole.ADMIN);
        assertThat(approver.get("/staff/accounts").body()).contains(change.group(1));
        approver.post("/staff/accounts/changes/" + change.group(1) + "/approve");

        var session = new WebSession(port);
        session.get("/staff/sign-in");
        var next = session.post("/staff/sign-in", "username", officer.username(), "password",
                StaffAccountsForTests.PASSWORD);
        assertThat(next.pathOnly()).isEqualTo("/staff/set-up/authenticator");
        assertThat(trail(officer.username())).contains("SECOND_FACTOR_RESET");
    }

    @Test
    void askingForAChangeKeepsWhatWasTypedSaysWhatIsWrongAndAsksOnceOnly() {
        var officer = staffAccounts.create(StaffRole.OFFICER);
        var admin = new WebSession(port);
        staffAccounts.signedIn(admin, StaffRole.ADMIN);
        var form = admin.get("/staff/accounts/" + officer.username() + "/change");
        assertThat(form.body()).contains("Change roles or email",
                "value=\"" + StaffAccountsForTests.email(officer.username()) + "\"");
        var unchanged = admin.post("/staff/accounts/" + officer.username() + "/change", "email",
                StaffAccountsForTests.email(officer.username()), "roles", "OFFICER");
        assertThat(unchanged.body()).contains("Change the work email address or the roles");
        var wrong = admin.post("/staff/accounts/" + officer.username() + "/change", "email", "not an email");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Enter a work email address in the correct format", "Select at least one role",
                "value=\"not an email\"");

        var asked = admin.post("/staff/accounts/" + officer.username() + "/change", "email",
                StaffAccountsForTests.email(officer.username()), "roles", "OFFICER", "roles", "PLOD_OFFICER");
        assertThat(asked.body()).contains("Another admin must approve it", "Change the roles",
                "Police Link Officer for Deaf people");
        var again = admin.post("/staff/accounts/" + officer.username() + "/change", "email",
                StaffAccountsForTests.email(officer.username()), "roles", "INTERPRETER");
        assertThat(again.body()).contains("A request for this change is already waiting");
        assertThat(jdbc.sql("SELECT count(*) FROM staff_account_change WHERE username = :u")
                .param("u", officer.username()).query(Integer.class).single()).isEqualTo(1);
        assertThat(trail(officer.username())).containsExactly("CHANGE_REQUESTED");
    }

    @Test
    void anAdminUnlocksAnAccountLockedByWrongPasswords() {
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var guesser = new WebSession(port);
        for (int i = 0; i < 6; i++) {
            guesser.get("/staff/sign-in");
            guesser.post("/staff/sign-in", "username", handler.username(), "password", "guess number " + i);
        }
        var admin = new WebSession(port);
        staffAccounts.signedIn(admin, StaffRole.ADMIN);
        var page = admin.get("/staff/accounts/" + handler.username());
        assertThat(page.body()).contains("Locked after too many attempts");
        var unlocked = admin.post("/staff/accounts/" + handler.username() + "/unlock");
        assertThat(unlocked.body()).doesNotContain("Locked after too many attempts");
        assertThat(trail(handler.username())).contains("ACCOUNT_UNLOCKED");
        assertThat(staffAccounts.signIn(new WebSession(port), handler).pathOnly()).isEqualTo("/staff/contacts");
    }

    @Test
    void onlyAdminsManageAccounts() {
        for (StaffRole role : StaffRole.values()) {
            var session = new WebSession(port);
            staffAccounts.signedIn(session, role);
            int expected = role == StaffRole.ADMIN ? 200 : 403;
            assertThat(session.get("/staff/accounts").status()).as(role.name()).isEqualTo(expected);
            session.get("/staff");
            var post = session.post("/staff/accounts/new", "name", "Sneaky", "username", "sneaky." + role.name()
                    .toLowerCase().replace('_', '-'), "email", "s@example.police.uk", "roles", "ADMIN");
            assertThat(post.status()).as(role.name() + " posting").isEqualTo(role == StaffRole.ADMIN ? 200 : 403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE username LIKE 'sneaky.%'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    private List<String> trail(String account) {
        return jdbc.sql("SELECT action FROM staff_audit WHERE account = :a ORDER BY id DESC").param("a", account)
                .query(String.class).list();
    }
}
