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

    /**
     * Someone who uses a keyboard alone reports a crime and sends a BSL video message: Tab to move, arrow keys to
     * choose an answer, Space to tick or to open the file chooser, typing, and Enter to go on. Nothing is clicked.
     */
    @TestFactory
    Stream<DynamicTest> aCrimeReportAndABslVideoMessageCanBeSentByKeyboardAlone() {
        return Stream.of("crime", "bsl-video-message").map(id -> DynamicTest.dynamicTest(id + " by keyboard alone", () -> {
            try (BrowserContext context = support.browser().newContext()) {
                completeByKeyboard(context.newPage(), catalogue.find(id).orElseThrow());
            }
        }));
    }

    private void completeByKeyboard(Page page, ServiceDefinition service) {
        page.navigate("http://localhost:" + port + "/report/" + service.id());
        tabTo(page, "#emergency");
        page.keyboard().press("ArrowDown"); // the second answer: "No, it is not an emergency"
        assertThat(page.locator("#emergency-2")).isChecked();
        pressContinue(page);
        for (int pages = 0; pages < MOST_PAGES; pages++) {
            String current = page.url().replaceFirst("\\?.*", "").replaceFirst(".*/", "");
            if (current.equals("check-answers")) {
                tabTo(page, "main input[type=checkbox]");
                page.keyboard().press("Space");
                pressContinue(page);
                assertThat(page.locator("h1")).hasText("Report sent");
                return;
            }
            var question = service.question(current).orElseThrow(() -> new AssertionError("not a question: " + current));
            assertThat(page.locator("h1")).hasText(question.title());
            answerByKeyboard(page, service, question);
            pressContinue(page);
            assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        }
        fail(service.id() + " did not reach check answers by keyboard within " + MOST_PAGES + " pages");
    }

    private static void answerByKeyboard(Page page, ServiceDefinition service, Question question) {
        String id = question.id();
        switch (question.type()) {
            case "radios" -> {
                var option = SampleAnswers.choiceThatGoesOn(service, question);
                choose(page, id, question.options().indexOf(option));
                if (option.detail() != null) {
                    type(page, "#" + InputIds.detail(id, option.value()), SampleAnswers.forField(option.detail()));
                }
            }
            case "checkboxes" -> {
                var option = SampleAnswers.choiceThatGoesOn(service, question);
                int index = question.options().indexOf(option);
                tabTo(page, "#" + (index == 0 ? id : id + "-" + (index + 1)));
                page.keyboard().press("Space");
                if (option.detail() != null) {
                    type(page, "#" + InputIds.detail(id, option.value()), SampleAnswers.forField(option.detail()));
                }
            }
            case "text", "textarea" -> type(page, "#" + id, "A sample answer");
            case "date" -> {
                type(page, "#" + id + "-day", "27");
                type(page, "#" + id + "-month", "3");
                type(page, "#" + id + "-year", "1985");
            }
            case "when" -> {
                choose(page, id, 2);
                type(page, "#" + InputIds.detail(id, "unknown"), "Last week");
            }
            case "location" -> {
                choose(page, id, 1);
                type(page, "#" + InputIds.detail(id, "description"), "Near the clock tower");
            }
            case "fields", "items" -> question.fields().forEach(field ->
                    type(page, "#" + InputIds.part(id, field.id()), SampleAnswers.forField(field)));
            case "upload" -> {
                var file = SampleAnswers.fileFor(question);
                tabTo(page, "#" + id);
                var chooser = page.waitForFileChooser(() -> page.keyboard().press("Space"));
                chooser.setFiles(new FilePayload(file.name(),
                        file.name().endsWith(".webm") ? "video/webm" : "image/png", file.content()));
            }
            default -> fail("no keyboard answer for type " + question.type());
        }
    }

    /** Tabs into a group of radios (the first takes the focus) and moves down to the answer with the arrow keys. */
    private static void choose(Page page, String id, int index) {
        tabTo(page, "#" + id);
        if (index == 0) {
            page.keyboard().press("Space");
        }
        for (int i = 0; i < index; i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(page.locator("#" + (index == 0 ? id : id + "-" + (index + 1)))).isChecked();
    }

    private static void type(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    private static void pressContinue(Page page) {
        tabTo(page, "main form button.govuk-button:not(.govuk-button--secondary)");
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
    }

    /** Presses Tab until the element is focused, as a keyboard user would; fails if Tab never reaches it. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + selector + " on " + page.url());
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
