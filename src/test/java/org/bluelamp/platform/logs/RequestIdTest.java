package org.bluelamp.platform.logs;

import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator follows one request through the log: the id in its X-Request-Id header is on the lines Spring logged
 * while handling it, its error page's too, and on no other request's lines.
 */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

    /** Loggers that write a line or two per request when set to debug (the tests run at warn). */
    private static final List<String> CHATTY = List.of("org.springframework.web.servlet.DispatcherServlet",
            "org.springframework.security.web.FilterChainProxy");

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @LocalServerPort
    int port;

    @AfterEach
    void quietAgain() {
        CHATTY.forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void theResponsesRequestIdIsOnTheLinesLoggedWhileHandlingIt(CapturedOutput output) throws Exception {
        CHATTY.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));

        var page = send("/.well-known/security.txt", null);
        var missing = send("/no-such-page", "proxy-4b1d2c3e");
        var refused = send("/.well-known/security.txt", "alex@example.com");

        String id = page.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(linesWith(output, "[" + id + "]")).anySatisfy(line -> assertThat(line)
                        .contains("DispatcherServlet", "GET \"/.well-known/security.txt\""))
                .anySatisfy(line -> assertThat(line).contains("DispatcherServlet", "Completed 200 OK"))
                .anySatisfy(line -> assertThat(line).contains("FilterChainProxy", "Secured GET /.well-known/security.txt"))
                .allSatisfy(line -> assertThat(line).doesNotContain("/no-such-page"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue(RequestIds.HEADER)).contains("proxy-4b1d2c3e");
        assertThat(linesWith(output, "[proxy-4b1d2c3e]"))
                .anySatisfy(line -> assertThat(line).contains("\"ERROR\" dispatch for GET \"/error\""));

        String replaced = refused.headers().firstValue(RequestIds.HEADER).orElseThrow();
        assertThat(replaced).matches("[0-9a-f-]{36}");
        assertThat(linesWith(output, "[" + replaced + "]")).isNotEmpty();
        assertThat(output.getOut()).doesNotContain("alex@example.com");
    }

    private HttpResponse<String> send(String path, String requestId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (requestId != null) {
            request.header(RequestIds.HEADER, requestId);
        }
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<String> linesWith(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(text)).toList();
    }
}
