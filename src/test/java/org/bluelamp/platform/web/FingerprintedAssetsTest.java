package org.bluelamp.platform.web;

import org.bluelamp.BluelampTest;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.CrimeReportAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: pages link their styles and scripts by fingerprinted URLs that browsers keep for a year, text is
 * sent gzipped to browsers that accept it, and pages themselves are never kept.
 */
@BluelampTest
class FingerprintedAssetsTest {

    private static final Pattern ASSET_IN_PAGE =
            Pattern.compile("(?:href|src|data-govuk-frontend)=\"(/(?:assets|webjars)/[^\"]+)\"");
    private static final Pattern URL_IN_CSS = Pattern.compile("url\\(\"?([^\")]+)\"?\\)");
    private static final Pattern FINGERPRINTED = Pattern.compile("-[0-9a-f]{32}\\.[a-z]+$");
    private static final String A_YEAR_UNCHANGED = "max-age=31536000, public, immutable";

    @LocalServerPort
    int port;

    @Value("${server.compression.mime-types}")
    String compressedTypes;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesLinkOnlyFingerprintedAssets() {
        Set<String> assets = assetsLinkedFromPages();
        assertThat(assets).allMatch(url -> FINGERPRINTED.matcher(url).find(), "fingerprinted")
                .anyMatch(url -> url.startsWith("/assets/css/bluelamp-"))
                .anyMatch(url -> url.startsWith("/assets/js/init-"))
                .anyMatch(url -> url.startsWith("/assets/js/bluelamp-"))
                .anyMatch(url -> url.startsWith("/assets/images/favicon-"))
                .anyMatch(url -> url.contains("/govuk-frontend.min-"));
    }

    @Test
    void fingerprintedAssetsAreKeptForAYearAndSetNoCookie() {
        for (String url : assetsLinkedFromPages()) {
            var response = get(url, false);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(url).contains(A_YEAR_UNCHANGED);
            assertThat(response.headers().firstValue("Set-Cookie")).as("a cookie on %s", url).isEmpty();
        }
    }

    @Test
    void linksInsideTheStylesheetAreFingerprintedAndFound() {
        String css = text(get(stylesheet(), false));
        var links = new ArrayList<String>();
        URL_IN_CSS.matcher(css).results().forEach(match -> links.add(match.group(1)));
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            assertThat(link).matches(FINGERPRINTED.asPredicate(), "fingerprinted");
            assertThat(get(link, false).statusCode()).as(link).isEqualTo(200);
        });
    }

    @Test
    void stylesScriptsAndPagesAreGzippedForBrowsersThatAcceptIt() {
        String script = assetsLinkedFromPages().stream().filter(url -> url.contains("/govuk-frontend.min-")).findFirst()
                .orElseThrow();
        for (String url : List.of(stylesheet(), script)) {
            var gzipped = get(url, true);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(url).contains("gzip");
            assertThat(gunzip(gzipped.body())).as(url).isEqualTo(text(get(url, false)));
        }
        for (String page : List.of("/report", "/report/crime")) {
            var gzipped = get(page, true);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(page).contains("gzip");
            assertThat(gunzip(gzipped.body())).as(page).contains("<!DOCTYPE html>", "</html>");
        }
        assertThat(get("/report", false).headers().firstValue("Content-Encoding")).as("not asked for").isEmpty();
    }

    /** Our module scripts are below the size worth compressing today, so check their type is one compressed. */
    @Test
    void moduleScriptsAreServedAsJavaScriptATypeThatIsCompressed() {
        String module = assetsLinkedFromPages().stream().filter(url -> url.endsWith(".mjs")).findFirst().orElseThrow();
        String type = get(module, false).headers().firstValue("Content-Type").orElseThrow().replaceFirst(";.*", "");
        assertThat(type).isEqualTo("text/javascript");
        assertThat(compressedTypes.split(",")).contains(type);
    }

    @Test
    void thePlainUrlOfAnAssetStillWorksButIsCheckedEachTime() {
        for (String url : List.of("/assets/css/bluelamp.css", "/assets/js/bluelamp.mjs",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")) {
            var response = get(url, false);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(url).contains("no-cache");
        }
    }

    /**
     * During a rolling release a page from one version asks another for its files: a fingerprint this version does
     * not have gets the file as it is now, never a 404, kept for a minute only and with nothing to revalidate against,
     * so no browser or CDN keeps that name with this content for ever.
     */
    @Test
    void aFingerprintThisVersionDoesNotHaveGetsTheCurrentFileKeptForAMinute() {
        var linked = assetsLinkedFromPages();
        var current = List.of(stylesheet(),
                linked.stream().filter(url -> url.endsWith(".mjs")).findFirst().orElseThrow(),
                linked.stream().filter(url -> url.contains("/govuk-frontend.min-")).findFirst().orElseThrow());
        for (String url : current) {
            String unknown = url.replaceFirst("-[0-9a-f]{32}\\.", "-0123456789abcdef0123456789abcdef.");
            var response = get(unknown, false);
            assertThat(response.statusCode()).as(unknown).isEqualTo(200);
            assertThat(text(response)).as(unknown).isEqualTo(text(get(url, false)));
            assertThat(response.headers().firstValue("Cache-Control")).as(unknown).contains("max-age=60, public");
            assertThat(response.headers().firstValue("Last-Modified")).as(unknown).isEmpty();
            var revalidated = get(unknown, false, "If-Modified-Since", "Sat, 1 Jan 2050 00:00:00 GMT");
            assertThat(revalidated.statusCode()).as("no 304 for %s", unknown).isEqualTo(200);
        }
        assertThat(get(current.getFirst(), false).headers().firstValue("Cache-Control")).as("the current one")
                .contains(A_YEAR_UNCHANGED);
        assertThat(get("/assets/css/no-such-file-0123456789abcdef0123456789abcdef.css", false).statusCode())
                .as("a file that is not there, whatever its fingerprint").isEqualTo(404);
    }

    @Test
    void pagesAreNeverKept() {
        for (String url : List.of("/report", "/report/crime", "/staff/sign-in")) {
            assertThat(get(url, false).headers().firstValue("Cache-Control")).as(url)
                    .hasValueSatisfying(cacheControl -> assertThat(cacheControl).contains("no-store")
                            .doesNotContain("public", "immutable"));
        }
    }

    /** Every asset URL on a few pages of different kinds, which all share the layout. */
    private Set<String> assetsLinkedFromPages() {
        var pages = new ArrayList<WebSession.Page>();
        var session = new WebSession(port);
        for (String path : List.of("/", "/report", "/report/crime", "/staff/sign-in", "/no-such-page")) {
            pages.add(session.get(path));
        }
        pages.add(CrimeReportAnswers.upToCheckAnswers(session));
        var assets = new TreeSet<String>();
        for (var page : pages) {
            ASSET_IN_PAGE.matcher(page.body()).results().forEach(match -> assets.add(match.group(1)));
        }
        return assets;
    }

    private String stylesheet() {
        return assetsLinkedFromPages().stream().filter(url -> url.endsWith(".css")).findFirst().orElseThrow();
    }

    private HttpResponse<byte[]> get(String path, boolean acceptGzip, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] body) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
