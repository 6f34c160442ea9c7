package org.bluelamp.staff;

import org.bluelamp.BluelampTest;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@BluelampTest
class StaffSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitorsToStaffPagesGetTheSignInPage() {
        var session = new WebSession(port);
        for (String path : new String[]{"/staff", "/staff/contacts", "/staff/contacts/LP-ABC-DEF-GHJ"}) {
            var page = session.get(path);
            assertThat(page.path()).isEqualTo("/staff/sign-in");
            assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Sign in</h1>");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        var page = session.post("/staff/sign-in", "username", "admin", "password", "not-the-password");
        assertThat(page.body()).contains("The username or password is not right", "href=\"#username\"");
        assertThat(session.get("/staff/contacts").path()).isEqualTo("/staff/sign-in");
    }

    @Test
    void theAdminSignsInWithTheConfiguredPasswordAndSeesTheQueue() {
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        var page = session.post("/staff/sign-in", "username", "admin", "password", BluelampTest.ADMIN_PASSWORD);
        assertThat(page.path()).isEqualTo("/staff/contacts");
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Contacts</h1>");
        var signedOut = session.post("/staff/sign-out");
        assertThat(signedOut.body()).contains("You have signed out.");
        assertThat(session.get("/staff/contacts").path()).isEqualTo("/staff/sign-in");
    }

    @Test
    void passwordsAreStoredOnlyAsHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM staff_account WHERE username = 'admin'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(BluelampTest.ADMIN_PASSWORD);
    }

    @Test
    void anUnknownReferenceIsNotFoundForStaff() {
        var session = new WebSession(port);
        session.get("/staff/sign-in");
        session.post("/staff/sign-in", "username", "admin", "password", BluelampTest.ADMIN_PASSWORD);
        assertThat(session.get("/staff/contacts/LP-ABC-DEF-GHJ").status()).isEqualTo(404);
        assertThat(session.get("/staff/contacts/not-a-reference").body()).contains("Page not found");
    }
}
