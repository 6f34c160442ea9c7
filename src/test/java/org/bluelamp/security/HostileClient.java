package org.bluelamp.security;

import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One browser without JavaScript sending whatever it is told: any field, any bytes, any content type. Every
 * response it gets is handed to {@link Findings}, so no request goes unchecked.
 */
final class HostileClient {

    /** A field as sent: {@code raw} values are already percent-encoded (for bytes no string can hold). */
    record Pair(String name, String value, boolean raw) {
        static Pair of(String name, String value) {
            return new Pair(name, value, false);
        }
    }

    /** A file in a multipart body, with the content type the browser claims for it. */
    record Upload(String field, String fileName, String contentType, byte[] content) {
    }

    /** A response after any redirects. */
    record Response(int status, String path, String body, String contentType) {
        Document page() {
            return PageForms.parse(body, path);
        }

        boolean html() {
            return contentType.startsWith("text/html");
        }
    }

    private final String base;
    private final Findings findings;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile(
            "name=\"_csrf\" value=\"([^\"]*)\"");
    private volatile String csrf = "";

    HostileClient(int port, Findings findings) {
        this.base = "http://localhost:" + port;
        this.findings = findings;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    Response get(String form, String label, String path) {
        return send(form, label, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET(), path);
    }

    Response post(String form, String label, String path, List<Pair> pairs) {
        return send(form, label, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encode(pairs))), path);
    }

    Response postBytes(String form, String label, String path, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(form, label, request, path);
    }

    Response multipart(String form, String label, String path, List<Pair> pairs, List<Upload> files) {
        String boundary = "----hostile" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        for (Pair pair : pairs) {
            String value = pair.raw() ? java.net.URLDecoder.decode(pair.value(), StandardCharsets.ISO_8859_1)
                    : pair.value();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pair.name()
                    + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(value.getBytes(pair.raw() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (Upload file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return postBytes(form, label, path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** The CSRF token of this client's session, from the last page that had one. */
    String csrf() {
        return csrf;
    }

    private Response send(String form, String label, HttpRequest.Builder request, String path) {
        long started = System.nanoTime();
        HttpResponse<String> response = exchange(request.timeout(Duration.ofSeconds(60)).build());
        for (int hops = 0; hops < 10 && response != null && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null || (location.startsWith("http") && !location.startsWith(base))) {
                break;
            }
            path = location.startsWith(base) ? location.substring(base.length()) : location;
            response = exchange(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET()
                    .timeout(Duration.ofSeconds(60)).build());
        }
        // No response at all (the connection dropped, or a minute passed) is reported as status 0.
        var result = response == null ? new Response(0, path, "", "")
                : new Response(response.statusCode(), path, response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
        findings.took(label, (System.nanoTime() - started) / 1_000_000);
        findings.check(form, label, request.build().method(), result);
        var token = CSRF.matcher(result.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return result;
    }

    private URI uri(String path) {
        try {
            return URI.create(base + path);
        } catch (IllegalArgumentException notAnAddress) {
            // A path the client cannot even send as typed goes percent-encoded, as a browser would send it.
            return URI.create(base + URLEncoder.encode(path, StandardCharsets.UTF_8).replace("%2F", "/"));
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(List<Pair> pairs) {
        var body = new StringBuilder();
        for (Pair pair : pairs) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pair.name(), StandardCharsets.UTF_8)).append('=')
                    .append(pair.raw() ? pair.value() : URLEncoder.encode(pair.value(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static List<Pair> pairs(String... namesAndValues) {
        var pairs = new ArrayList<Pair>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(Pair.of(namesAndValues[i], namesAndValues[i + 1]));
        }
        return pairs;
    }
}
