package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import org.assertj.core.api.Assertions;
import org.bluelamp.BluelampTest;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.journey.SampleAnswers;
import org.bluelamp.reporting.journey.ServiceCatalogue;
import org.bluelamp.reporting.question.InputIds;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every report type in the catalogue, completed in Chromium as a new user would, from the list of services to
 * the reference: once with JavaScript, axe checking every page (and, with -Dbluelamp.screenshots=true, a screenshot
 * of each left in target/screenshots/<service>/); and once without, as some people browse. The pages are the same
 * HTML either way (a conditional question's revealed part is checked when the run with JavaScript reveals it), so
 * without JavaScript axe checks the first question, the check-answers page and the confirmation, where the layout
 * differs most, and the run proves the journey can be finished: checking every page twice doubled the suite's
 * longest test.
 */
@BluelampTest
@Tag("browser")
class EveryServiceBrowserTest {

    private static final int MOST_PAGES = 80;
    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    ServiceCatalogue catalogue;

    @TestFactory
    Stream<DynamicTest> everyServiceCanBeCompletedInTheBrowser() {
        return Stream.of(true, false).flatMap(javaScript -> catalogue.all().stream().map(service -> DynamicTest.dynamicTest(
                service.id() + (javaScript ? "" : " without JavaScript"), () -> {
                    var options = new Browser.NewContextOptions().setJavaScriptEnabled(javaScript);
                    try (BrowserContext context = support.browser().newContext(options)) {
                        complete(context.newPage(), service, javaScript);
                    }
                })));
    }

    private void complete(Page page, ServiceDefinition service, boolean javaScript) {
        Consumer<Page> checkAccessible = support.accessibilityCheck(javaScript);
        String journey = service.id() + (javaScript ? "" : "-no-js");
        page.navigate("http://localhost:" + port + "/report");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(service.title()).setExact(true)).click();
        checkAccessible.accept(page);
        page.getByLabel("No, it is not an emergency").check();
        next(page);
        for (int pages = 0; pages < MOST_PAGES; pages++) {
            String current = page.url().replaceFirst("\\?.*", "").replaceFirst(".*/", "");
            if (javaScript || pages == 0 || current.equals("check-answers")) {
                checkAccessible.accept(page);
            }
            if (javaScript) {
                BrowserSupport.screenshot(page, journey, pages);
            }
            if (current.equals("check-answers")) {
                page.getByLabel("I confirm that the information I have given is true").check();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and send report")).click();
                assertThat(page.locator("h1")).hasText("Report sent");
                checkAccessible.accept(page);
                if (javaScript) {
                    BrowserSupport.screenshot(page, journey, pages + 1);
                }
                if (service.printableCopy() != null) {
                    printsOnOneSheet(page, service, checkAccessible);
                }
                return;
            }
            var question = service.question(current).orElseThrow(() -> new AssertionError("not a question: " + current));
            assertThat(page.locator("h1")).hasText(question.title());
            answer(page, service, question);
            next(page);
            assertThat(page.locator(".govuk-error-summary")).hasCount(0);
            if (question.type().equals("upload")) {
                assertThat(page.locator("h1")).not().hasText(question.title());
            }
        }
        fail(service.id() + " did not reach check answers within " + MOST_PAGES + " pages");
    }

    /** The copy for an insurer opens from the confirmation and prints as one clean A4 sheet. */
    private static void printsOnOneSheet(Page page, ServiceDefinition service, Consumer<Page> checkAccessible) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(service.printableCopy().link())).click();
        assertThat(page.locator("h1")).hasText(service.printableCopy().heading());
        checkAccessible.accept(page);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".govuk-exit-this-page")).isHidden();
        assertThat(page.locator(".govuk-footer")).isHidden();
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4"));
        Assertions.assertThat(pdfPages(pdf)).as("sheets of A4").isEqualTo(1);
        BrowserSupport.screenshot(page, Path.of("target", "screenshots", service.id(), "print-copy.png"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    }

    private static int pdfPages(byte[] pdf) {
        var matcher = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (matcher.find()) {
            pages++;
        }
        return pages;
    }

    private static void answer(Page page, ServiceDefinition service, Question question) {
        String id = question.id();
        switch (question.type()) {
            case "radios", "checkboxes" -> {
                var option = SampleAnswers.choiceThatGoesOn(service, question);
                int index = question.options().indexOf(option);
                page.locator("#" + (index == 0 ? id : id + "-" + (index + 1))).check();
                if (option.detail() != null) {
                    page.locator("#" + InputIds.detail(id, option.value())).fill(SampleAnswers.forField(option.detail()));
                }
            }
            case "text", "textarea" -> page.locator("#" + id).fill("A sample answer");
            case "date" -> {
                page.locator("#" + id + "-day").fill("27");
                page.locator("#" + id + "-month").fill("3");
                page.locator("#" + id + "-year").fill("1985");
            }
            case "when" -> {
                page.locator("#" + id + "-3").check();
                page.locator("#" + InputIds.detail(id, "unknown")).fill("Last week");
            }
            case "location" -> {
                page.locator("#" + id + "-2").check();
                page.locator("#" + InputIds.detail(id, "description")).fill("Near the clock tower");
            }
            case "fields", "items" -> question.fields().forEach(field ->
                    page.locator("#" + InputIds.part(id, field.id())).fill(SampleAnswers.forField(field)));
            case "upload" -> {
                var file = SampleAnswers.fileFor(question);
                page.locator("#" + id).setInputFiles(new FilePayload(file.name(),
                        file.name().endsWith(".webm") ? "video/webm" : "image/png", file.content()));
            }
            default -> fail("no sample answer for type " + question.type());
        }
    }

    private static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue").setExact(true)).click();
    }
}
