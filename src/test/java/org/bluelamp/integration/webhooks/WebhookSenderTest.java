package org.bluelamp.integration.webhooks;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The sender against a socket that behaves as a receiver should not: silent, or not speaking HTTP. */
class WebhookSenderTest {

    private final WebhookSender sender = new WebhookSender(Duration.ofSeconds(2), Duration.ofMillis(500));

    @Test
    void aReceiverThatNeverAnswersTimesOut() throws Exception {
        try (var silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var target = new WebhookAddresses(true, true).check("http://127.0.0.1:" + silent.getLocalPort() + "/in");
            var accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (Exception e) {
                    return null;
                }
            });
            long started = System.nanoTime();
            var outcome = sender.post(target, Map.of(), "{}");
            assertThat(outcome).isEqualTo(new WebhookSender.Outcome(null, "no answer in time"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            accepted.get().close();
        }
    }

    @Test
    void sendsOneHttpRequestWithItsHeadersAndReadsOnlyTheStatus() throws Exception {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var target = new WebhookAddresses(true, true).check("http://127.0.0.1:" + server.getLocalPort() + "/in?a=b");
            var received = CompletableFuture.supplyAsync(() -> {
                try (var socket = server.accept()) {
                    var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    List<String> lines = new ArrayList<>();
                    for (var line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        lines.add(line);
                    }
                    var body = new char[2];
                    in.read(body);
                    lines.add(new String(body));
                    socket.getOutputStream().write(("HTTP/1.1 204 No Content\r\n"
                            + "X-Long: " + "x".repeat(100_000) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    return lines;
                } catch (Exception e) {
                    return List.of(e.toString());
                }
            });
            var outcome = sender.post(target, Map.of("webhook-id", "abc"), "{}");
            assertThat(outcome).isEqualTo(new WebhookSender.Outcome(204, null));
            assertThat(received.get()).containsExactly("POST /in?a=b HTTP/1.1", "Host: 127.0.0.1:" + server.getLocalPort(),
                    "User-Agent: Bluelamp-Webhooks/1", "Content-Type: application/json", "Content-Length: 2",
                    "Connection: close", "webhook-id: abc", "{}");
        }
    }

    @Test
    void aReceiverThatIsNotThereIsAFailedCall() throws Exception {
        int port;
        try (var closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        var target = new WebhookAddresses(true, true).check("http://127.0.0.1:" + port + "/in");
        assertThat(sender.post(target, Map.of(), "{}"))
                .isEqualTo(new WebhookSender.Outcome(null, "could not call: ConnectException"));
    }
}
