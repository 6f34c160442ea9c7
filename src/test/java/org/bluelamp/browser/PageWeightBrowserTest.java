package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weight of a question page in Chromium with JavaScript on: its first view, in a fresh browser with nothing
 * cached, and a repeat view, the next question in the same browser. Bench/page-weight.sh runs this to print the
 * table it writes to target/bench/page-weight.md. It checks nothing failed and that the repeat view took every
 * fingerprinted file from the cache; the sizes are measured, never asserted.
 */
@BluelampTest
@Tag("browser")
class PageWeightBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(PageWeightBrowserTest.class);
    private static final Pattern FINGERPRINTED = Pattern.compile("-[0-9a-f]{32}\\.[a-z]+$");
    private static final Path REPORT = Path.of("target", "bench", "page-weight.md");

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @LocalServerPort
    int port;

    private final List<Request> finished = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    @Test
    void aQuestionPageIsWeighedOnItsFirstViewAndTheNextTakesTheFingerprintedFilesFromTheCache() throws IOException {
        try (BrowserContext context = support.browser().newContext(
                new Browser.NewContextOptions().setStorageState(stateWithADraft()))) {
            Page page = context.newPage();
            page.onRequestFinished(finished::add);
            page.onRequestFailed(request -> failed.add(request.url() + ": " + request.failure()));

            page.navigate(url("/report/crime/crime-type"));
            PageWeight first = PageWeight.of("first view", requestsOnceQuiet(page));

            page.getByLabel("Theft").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.waitForURL(url("/report/crime/what-happened"));
            List<Request> repeatRequests = requestsOnceQuiet(page);
            PageWeight repeat = PageWeight.of("repeat view", repeatRequests);

            assertThat(failed).as("requests that failed").isEmpty();
            assertThat(repeatRequests.stream().filter(request -> FINGERPRINTED.matcher(request.url()).find()))
                    .as("fingerprinted files on the repeat view")
                    .isNotEmpty()
                    .allSatisfy(request -> assertThat(PageWeight.isFromCache(request))
                            .as("%s came from the cache", request.url()).isTrue());
            report(first, repeat);
        }
    }

    /** A browser that has said "no, not an emergency", so the question pages open; its cache is thrown away. */
    private String stateWithADraft() {
        try (BrowserContext context = support.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(url("/report/crime"));
            page.getByLabel("No, it is not an emergency").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.waitForURL(url("/report/crime/crime-type"));
            return context.storageState();
        }
    }

    /**
     * The requests of one view, once the page has gone quiet (GOV.UK Frontend's script is imported after the page's
     * own); any answered with an error are noted as failed.
     */
    private List<Request> requestsOnceQuiet(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        List<Request> view = List.copyOf(finished);
        finished.clear();
        for (Request request : view) {
            var response = request.response();
            if (response != null && response.status() >= 400) {
                failed.add(request.url() + ": " + response.status());
            }
        }
        return view;
    }

    private void report(PageWeight first, PageWeight repeat) throws IOException {
        String table = String.join("\n", PageWeight.TABLE_HEADER, first.tableRow(), repeat.tableRow());
        log.info("Page weight of a question page in Chromium (compressed bodies; headers apart):\n{}", table);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, """
                Weight of a question page in Chromium with JavaScript on: the first view (/report/crime/crime-type, \
                nothing cached) and a repeat view (the next question). Bytes received, in KB of 1,024: bodies as \
                sent (compressed), by kind; "total" is their sum; response headers are counted apart.

                """ + table + "\n");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
