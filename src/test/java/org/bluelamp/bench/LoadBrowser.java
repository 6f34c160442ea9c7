package org.bluelamp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A browser without JavaScript, cheap enough to run hundreds at once: it shares one HTTP client (and its
 * keep-alive connections) with the others but keeps its own cookies, sends each form's token back, follows
 * redirects, accepts gzip, and times every request into its worker's {@link Samples}.
 */
final class LoadBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    /** A page as the browser ended up on it. */
    record Page(int status, String path, String body) {
    }

    private final HttpClient http;
    private final String base;
    private final Samples samples;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken = "";
    private int requests;
    private int serverErrors;

    LoadBrowser(HttpClient http, int port, Samples samples) {
        this(http, "http://localhost:" + port, samples);
    }

    private LoadBrowser(HttpClient http, String base, Samples samples) {
        this.http = http;
        this.base = base;
        this.samples = samples;
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Page get(String path) {
        return follow(request(path).GET().build(), path);
    }

    /** Posts a form with the token from the last page; pairs are name, value, name, value... */
    Page post(String path, String... pairs) {
        return follow(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(pairs))).build(), path);
    }

    private String form(String... pairs) {
        var body = new StringBuilder("_csrf=").append(encode(csrfToken));
        for (int i = 0; i < pairs.length; i += 2) {
            body.append('&').append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
        }
        return body.toString();
    }

    /**
     * Posts a form as a page's script does with fetch ({@code X-Requested-With}), without following a redirect;
     * the status.
     */
    int postFetched(String path, String... pairs) {
        return send(request(path).header("X-Requested-With", "fetch")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(pairs))).build()).statusCode();
    }

    /** Another tab of the same browser: the same cookies and token, timed into other samples. */
    LoadBrowser tab(Samples tabSamples) {
        var tab = new LoadBrowser(http, base, tabSamples);
        tab.cookies.putAll(cookies);
        tab.csrfToken = csrfToken;
        return tab;
    }

    /** The cookies as the browser sends them, for its WebSocket handshakes. */
    String cookieHeader() {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void cookie(String name, String value) {
        cookies.put(name, value);
    }

    String csrfToken() {
        return csrfToken;
    }

    void csrfToken(String token) {
        csrfToken = token;
    }

    int requests() {
        return requests;
    }

    int serverErrors() {
        return serverErrors;
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Accept-Encoding", "gzip");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private Page follow(HttpRequest request, String path) {
        var response = send(request);
        for (int hops = 0; response.statusCode() / 100 == 3 && hops < 10; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            if (location.startsWith("http") && !location.startsWith(base)) {
                return new Page(response.statusCode(), location, "");
            }
            path = location.startsWith(base) ? location.substring(base.length()) : location;
            response = send(request(path).GET().build());
        }
        String body = body(response);
        var token = CSRF.matcher(body);
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return new Page(response.statusCode(), path, body);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            samples.add(System.nanoTime() - start);
            requests++;
            if (response.statusCode() >= 500) {
                serverErrors++;
            }
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String body(HttpResponse<byte[]> response) {
        try {
            byte[] bytes = response.body();
            if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
                try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
