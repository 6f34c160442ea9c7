package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.reporting.upload.TestVideos;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In Chromium with axe on every page: a Deaf person sends a BSL video message, once choosing a file and once recording
 * it in the page with Chromium's fake camera; an interpreter opens it from the queue and saves its translation.
 */
@BluelampTest
@Tag("browser")
class BslVideoMessageBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport(List.of(
            "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVideoFileIsSentAndAnInterpreterTranslatesIt() {
        var scriptErrors = new ArrayList<String>();
        String reference;
        try (var phone = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 800))) {
            Page page = phone.newPage();
            page.onPageError(scriptErrors::add);
            page.navigate(base() + "/bsl/message");
            assertThat(page.locator("h1")).hasText("Send us a BSL video message");
            check(page, "bsl-message", 0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
            page.getByLabel("No, it is not an emergency").check();
            next(page);

            assertThat(page.locator("h1")).hasText("Send your BSL video");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on camera")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start recording")))
                    .isHidden();
            check(page, "bsl-message", 1);
            page.locator("#video").setInputFiles(new FilePayload("from-my-phone.mp4", "video/mp4", TestVideos.mp4()));
            next(page);
            reference = answerTheRest(page, "bsl-message");
        }
        assertThat(scriptErrors).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM bsl_video_message m JOIN contact c ON c.reference = m.reference
                        WHERE m.reference = :r""").param("r", reference).query(Integer.class).single() == 1);

        try (var desk = support.browser().newContext()) {
            Page page = desk.newPage();
            page.onPageError(scriptErrors::add);
            BrowserSupport.signIn(page, port, staffAccounts.create(StaffRole.INTERPRETER));
            page.navigate(base() + "/staff/relay/messages");
            assertThat(page.locator("h1")).hasText("BSL video messages");
            check(page, "bsl-queue", 0);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            assertThat(page.locator("h1")).hasText("BSL video message " + reference);
            assertThat(page.locator("video")).hasAttribute("src", "/staff/relay/messages/" + reference + "/video");
            check(page, "bsl-queue", 1);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save translation")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the translation");
            check(page, "bsl-queue", 2);
            page.getByLabel("Translation into English").fill("My bike was stolen from the station on Monday.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save translation")).click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("The translation of " + reference);
            check(page, "bsl-queue", 3);
        }
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void aVideoRecordedInThePageIsSentWithTheSameForm() {
        var scriptErrors = new ArrayList<String>();
        String reference;
        try (var laptop = support.browser().newContext()) {
            Page page = laptop.newPage();
            page.onPageError(scriptErrors::add);
            page.navigate(base() + "/report/bsl-video-message");
            page.getByLabel("No, it is not an emergency").check();
            next(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on camera")).click();
            assertThat(page.locator("[data-recorder-status]")).hasText("Your camera is on. Press Start recording when you are ready.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start recording")).click();
            assertThat(page.locator("[data-recorder-status]")).hasText("Recording. Press Stop recording when you have finished.");
            // a second of pictures, as the camera's own clock counts it
            page.waitForFunction("() => document.querySelector('[data-recorder-preview]').currentTime > 1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop recording")).click();
            assertThat(page.locator("[data-recorder-status]")).hasText("Your video is ready. Watch it. Then press Continue. Or record again.");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record again"))).isVisible();
            for (String gone : List.of("Turn on camera", "Start recording", "Stop recording")) {
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(gone))).isHidden();
            }
            assertThat(page.evaluate("() => document.getElementById('video').files[0].name")).isEqualTo("bsl-message.webm");
            check(page, "bsl-recorded", 1);
            next(page);
            reference = answerTheRest(page, "bsl-recorded");
        }
        assertThat(scriptErrors).isEmpty();
        assertThat(jdbc.sql("""
                        SELECT f.kind FROM report_file f JOIN report r ON r.id = f.report_id WHERE r.reference = :r""")
                .param("r", reference).query(String.class).single()).as("Chromium's own recording, judged by its content")
                .isEqualTo("WEBM");
    }

    /** From the name to the confirmation; the reference shown. */
    private String answerTheRest(Page page, String journey) {
        assertThat(page.locator("h1")).hasText("What is your name?");
        check(page, journey, 2);
        page.getByLabel("What is your name?").fill("Alex Signer");
        next(page);
        assertThat(page.locator("h1")).hasText("How should we contact you?");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).check();
        next(page);
        page.getByLabel("Email address").fill("alex@example.com");
        next(page);
        page.getByLabel("Yes, at any time").check();
        next(page);
        assertThat(page.locator("h1")).hasText("Check your answers before sending your report");
        check(page, journey, 3);
        page.getByLabel("I confirm that the information I have given is true").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and send report")).click();
        assertThat(page.locator("h1")).hasText("Report sent");
        assertThat(page.locator("[data-note]").first()).containsText("An interpreter will watch your video");
        check(page, journey, 4);
        return page.locator("[data-reference]").textContent().strip();
    }

    private static void check(Page page, String journey, int step) {
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, journey, step);
    }

    private static void next(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue").setExact(true)).click();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
