package org.bluelamp.platform.web;

import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A researcher finds where to report a vulnerability at the address RFC 9116 names, with no session. */
@BluelampTest
class SecurityTxtTest {

    @LocalServerPort
    int port;

    @Test
    void securityTxtSaysWhereToReportAVulnerability() throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/.well-known/security.txt")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("Contact: mailto:security@example.police.uk\n").contains("Expires: ");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
