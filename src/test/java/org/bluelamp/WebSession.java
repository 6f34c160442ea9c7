package org.bluelamp;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser without JavaScript, over real HTTP: it keeps its cookies, sends each form's CSRF token back and
 * follows redirects, so integration tests go through the same doors as people do.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final int port;
    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrfToken = "";
    private java.net.http.HttpHeaders lastHeaders;

    public WebSession(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public int port() {
        return port;
    }

    /** The headers of the last response, after any redirects. */
    public java.net.http.HttpHeaders lastHeaders() {
        return lastHeaders;
    }

    /** A page as the browser ended up on it, after any redirects. */
    public record Page(int status, String path, String body, String location) {
        public boolean shows(String text) {
            return body.contains(text);
        }

        /** The path without its query string. */
        public String pathOnly() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }
    }

    public Page get(String path) {
        return follow(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(), path);
    }

    /** Posts a form with the CSRF token from the last page; pairs are name, value, name, value... */
    /** A GET as a page's script makes it, asking for JSON. */
    public Page getJson(String path) {
        return follow(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build(),
                path);
    }

    public Page post(String path, String... pairs) {
        var form = new ArrayList<String>(List.of("_csrf", csrfToken));
        form.addAll(List.of(pairs));
        return postRaw(path, form);
    }

    public Page postRaw(String path, List<String> pairs) {
        var body = new StringBuilder();
        for (int i = 0; i < pairs.size(); i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(pairs.get(i))).append('=').append(encode(pairs.get(i + 1)));
        }
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return follow(request, path);
    }

    /** Posts a form as a page's script does with fetch ({@code X-Requested-With}), following no redirect. */
    public HttpResponse<String> postFetched(String path, String... pairs) {
        var form = new ArrayList<String>(List.of("_csrf", csrfToken));
        form.addAll(List.of(pairs));
        var body = new StringBuilder();
        for (int i = 0; i < form.size(); i += 2) {
            body.append(i == 0 ? "" : "&").append(encode(form.get(i))).append('=').append(encode(form.get(i + 1)));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Requested-With", "fetch")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Posts bytes as a page's script does with fetch: the CSRF token from the last page in a header. */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] content) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", csrfToken).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    /** A response's bytes for part of a file, as a video player asks for it. */
    public HttpResponse<byte[]> downloadRange(String path, String range) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Range", range).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file chosen in a file input. */
    public record FileToSend(String name, byte[] content) {
    }

    /** Posts a form with a file, as a browser does for a file input, with the CSRF token from the last page. */
    public Page upload(String path, String fileInput, String fileName, byte[] content, String... pairs) {
        return upload(path, fileInput, List.of(new FileToSend(fileName, content)), pairs);
    }

    /** Posts a form with several files chosen in one input, with the CSRF token from the last page. */
    public Page upload(String path, String fileInput, List<FileToSend> files, String... pairs) {
        var fields = new ArrayList<String>(List.of("_csrf", csrfToken));
        fields.addAll(List.of(pairs));
        return uploadRaw(path, fileInput, files, fields);
    }

    public Page uploadRaw(String path, String fileInput, List<FileToSend> files, List<String> fields) {
        String boundary = "----bluelamp" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields.get(i)
                    + "\"\r\n\r\n" + fields.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (FileToSend file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileInput
                    + "\"; filename=\"" + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return follow(request, path);
    }

    /** A response's bytes and headers, for files. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response to a request, without following its redirect. */
    public HttpResponse<String> raw(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }

    public String cookies() {
        return cookies.getCookieStore().getCookies().stream().map(Object::toString).collect(Collectors.joining("; "));
    }

    public void addCookie(String name, String value) {
        var cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private Page follow(HttpRequest request, String path) {
        HttpResponse<String> response = send(request);
        String location = response.headers().firstValue("Location").orElse(null);
        for (int hops = 0; location != null && response.statusCode() / 100 == 3 && hops < 10; hops++) {
            if (!location.startsWith(base) && location.startsWith("http")) {
                return new Page(response.statusCode(), path, "", location);
            }
            path = location.startsWith(base) ? location.substring(base.length()) : location;
            response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
            location = response.headers().firstValue("Location").orElse(null);
        }
        lastHeaders = response.headers();
        var matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrfToken = matcher.group(1);
        }
        return new Page(response.statusCode(), path, response.body(), location);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
