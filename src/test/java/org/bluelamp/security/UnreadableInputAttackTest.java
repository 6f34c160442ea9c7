package org.bluelamp.security;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the hostile-input run found, each sent once as an attacker would: bytes that are not UTF-8, a NUL character
 * and a forged resume token each used to give a server error (and a stack trace in the log for every request).
 */
@BluelampTest
class UnreadableInputAttackTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests accounts;

    @Test
    void aFormValueThatIsNotUtf8GetsTheCouldNotReadPageNotAServerError() {
        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/track"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("reference=%ED%A0%80LP&code=%FF%FE")).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("We could not read what you sent");
    }

    @Test
    void aQueryStringThatIsNotUtf8GetsTheCouldNotReadPage() {
        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report?page=%C0%AF"))
                .header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("We could not read what you sent");
    }

    @Test
    void aNulCharacterInASearchIsDroppedRatherThanBreakingThePage() {
        var officer = new WebSession(port);
        accounts.signedIn(officer, StaffRole.DATA_PROTECTION_OFFICER);

        var page = officer.get("/staff/access-log?reference=LP%00ABC");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("LPABC");
    }

    @Test
    void aForgedResumeTokenIsSentBackEncodedAndGetsTheLinkGonePage() {
        var visitor = new WebSession(port);

        var redirect = visitor.raw("/resume/%E2%80%AEgnp.exe%7Bx%7D/code");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .endsWith("/resume/%E2%80%AEgnp.exe%7Bx%7D");
        var gone = visitor.get("/resume/%E2%80%AEgnp.exe%7Bx%7D/code");
        assertThat(gone.status()).isLessThan(500);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
