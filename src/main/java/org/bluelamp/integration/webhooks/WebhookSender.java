package org.bluelamp.integration.webhooks;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;

/**
 * Posts one webhook call over HTTP/1.1 to the address its URL's host was checked to resolve to, and reads no more of
 * the answer than its status line. A plain socket rather than java.net.http.HttpClient, because that client looks the
 * name up again itself: a name that resolved to a public address for the check could resolve to 127.0.0.1 for the
 * call. TLS still names the host (SNI) and checks its certificate against the name. No redirect is followed.
 */
final class WebhookSender {

    static final String USER_AGENT = "Bluelamp-Webhooks/1";
    private static final int STATUS_LINE_MAX = 1024;

    /** What the receiver answered (its status code), or why there was no answer. */
    record Outcome(Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final Duration connectTimeout;
    private final Duration requestTimeout;

    WebhookSender(Duration connectTimeout, Duration requestTimeout) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    Outcome post(WebhookAddresses.Target target, Map<String, String> headers, String body) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        try (var plain = new Socket()) {
            plain.connect(new InetSocketAddress(target.address(), target.port()), (int) connectTimeout.toMillis());
            long deadline = System.nanoTime() + requestTimeout.toNanos();
            plain.setSoTimeout(remainingMillis(deadline));
            try (var socket = target.tls() ? tls(plain, target) : plain) {
                var request = new StringBuilder()
                        .append("POST ").append(target.pathAndQuery()).append(" HTTP/1.1\r\n")
                        .append("Host: ").append(target.hostHeader()).append("\r\n")
                        .append("User-Agent: ").append(USER_AGENT).append("\r\n")
                        .append("Content-Type: application/json\r\n")
                        .append("Content-Length: ").append(bytes.length).append("\r\n")
                        .append("Connection: close\r\n");
                headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
                request.append("\r\n");
                var out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                return new Outcome(status(socket, deadline), null);
            }
        } catch (SocketTimeoutException timedOut) {
            return new Outcome(null, "no answer in time");
        } catch (IOException | RuntimeException failed) {
            // The exception's class says enough (refused, reset, certificate); its message may name the host.
            return new Outcome(null, "could not call: " + failed.getClass().getSimpleName());
        }
    }

    private Socket tls(Socket plain, WebhookAddresses.Target target) throws IOException {
        try {
            var socket = (SSLSocket) SSLContext.getDefault().getSocketFactory()
                    .createSocket(plain, target.host(), target.port(), true);
            var parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!target.host().contains(":") && !target.host().chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
                parameters.setServerNames(java.util.List.of(new SNIHostName(target.host())));
            }
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket;
        } catch (NoSuchAlgorithmException cannot) {
            throw new IllegalStateException(cannot);
        }
    }

    /** The status code from "HTTP/1.1 200 OK", read within the deadline; the rest of the answer is not read. */
    private static int status(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        var line = new StringBuilder();
        while (line.length() < STATUS_LINE_MAX) {
            socket.setSoTimeout(remainingMillis(deadline));
            int c = in.read();
            if (c == -1 || c == '\n') {
                break;
            }
            line.append((char) c);
        }
        var parts = line.toString().trim().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].length() != 3) {
            throw new IOException("not an HTTP answer");
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException notAStatus) {
            throw new IOException("not an HTTP answer");
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException();
        }
        return (int) Math.max(1, left);
    }
}
