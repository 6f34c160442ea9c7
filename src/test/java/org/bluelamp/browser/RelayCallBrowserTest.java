package org.bluelamp.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.relay.RelayHours;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers with Chromium's fake camera and microphone, a Deaf caller and an interpreter, then a contact handler
 * brought in: video flows both ways (frames decoded keep rising on each side), typed messages cross, the call ends,
 * and its recording is stored in pieces and plays back.
 */
@BluelampTest
@Import(MovableClock.class)
@Tag("browser")
class RelayCallBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport(List.of("--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream", "--allow-loopback-in-peer-connection",
            "--autoplay-policy=no-user-gesture-required"));

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    TestClock clock;

    @Autowired
    RelayHours hours;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aCallerAndAnInterpreterSeeEachOtherAHandlerJoinsAndTheCallIsRecorded() {
        clock.advance(Duration.between(clock.instant(), hours.nextOpening(clock.instant())).plusMinutes(30));
        var interpreter = staffAccounts.create(StaffRole.INTERPRETER);
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        try (BrowserContext callerBrowser = support.browser().newContext();
             BrowserContext interpreterBrowser = support.browser().newContext();
             BrowserContext handlerBrowser = support.browser().newContext()) {
            Page caller = callerBrowser.newPage();
            caller.navigate("http://localhost:" + port + "/bsl");
            assertThat(caller.locator("h1")).hasText("Contact us in British Sign Language (BSL)");
            BrowserSupport.assertAccessible(caller);
            caller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a video call")).click();
            caller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my camera")).click();
            assertThat(caller.locator("[data-check-result]")).containsText("We can see you");
            BrowserSupport.assertAccessible(caller);
            caller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the queue")).click();
            assertThat(caller.locator("[data-status]")).containsText("You are number 1 in the queue");
            BrowserSupport.assertAccessible(caller);
            BrowserSupport.screenshot(caller, "relay", 1);

            Page console = interpreterBrowser.newPage();
            BrowserSupport.signIn(console, port, interpreter, interpreter.codeAt(clock.instant()));
            console.navigate("http://localhost:" + port + "/staff/relay");
            assertThat(console.locator("[data-level=waiting]")).hasText("1");
            BrowserSupport.assertAccessible(console);
            console.locator("[data-queue] button").first().click();
            assertThat(console.locator("h1")).containsText("Call answered at");

            assertThat(caller.locator("[data-status]")).containsText("The interpreter is here");
            assertFramesKeepComing(caller, "interpreter");
            assertFramesKeepComing(console, "caller");
            BrowserSupport.screenshot(caller, "relay", 2);
            BrowserSupport.screenshot(console, "relay", 3);

            caller.getByLabel("Type a message").fill("My bike was stolen from outside the library");
            caller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
            assertThat(console.locator("[data-chat-lines]")).containsText("My bike was stolen from outside the library");
            assertThat(caller.locator("[data-chat-lines]")).containsText("My bike was stolen");
            BrowserSupport.assertAccessible(console);

            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring in a contact handler")).click();
            Page handlerPage = handlerBrowser.newPage();
            BrowserSupport.signIn(handlerPage, port, handler, handler.codeAt(clock.instant()));
            handlerPage.navigate("http://localhost:" + port + "/staff/relay");
            handlerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
            assertThat(handlerPage.locator("h2", new Page.LocatorOptions().setHasText("Log this call"))).isVisible();
            assertFramesKeepComing(handlerPage, "interpreter");
            BrowserSupport.assertAccessible(handlerPage);
            BrowserSupport.screenshot(handlerPage, "relay", 4);

            var callId = UUID.fromString(console.locator("[data-relay-call]").getAttribute("data-call"));
            console.getByLabel("Note about the call").fill("Caller signed clearly; report logged by the handler.");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the call")).click();
            assertThat(console.locator("h1")).hasText("Call ended");
            assertThat(caller.locator("h1")).hasText("Your call has ended");
            BrowserSupport.assertAccessible(caller);
            BrowserSupport.assertAccessible(console);
            BrowserSupport.screenshot(console, "relay", 5);

            var stored = jdbc.sql("SELECT status, interpreter, handler, note FROM relay_call WHERE id = :id")
                    .param("id", callId).query().singleRow();
            assertThat(stored).containsEntry("status", "ended").containsEntry("interpreter", interpreter.username())
                    .containsEntry("handler", handler.username())
                    .containsEntry("note", "Caller signed clearly; report logged by the handler.");
            int pieces = jdbc.sql("SELECT count(*) FROM relay_recording_chunk WHERE call_id = :id").param("id", callId)
                    .query(Integer.class).single();
            assertThat(pieces).isPositive();

            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Play the recording of the call")).click();
            @SuppressWarnings("unchecked")
            var played = (Map<String, Object>) console.evaluate("""
                    () => new Promise((resolve) => {
                      const video = document.querySelector('[data-recording]');
                      video.addEventListener('loadeddata', () => resolve({width: video.videoWidth, height: video.videoHeight}));
                      video.addEventListener('error', () => resolve({error: String(video.error && video.error.message)}));
                      video.preload = 'auto';
                      video.load();
                    })""");
            assertThat(played).containsEntry("width", 1280).containsEntry("height", 480);
            int playbacks = jdbc.sql("SELECT count(*) FROM relay_recording_playback WHERE call_id = :id AND username = :u")
                    .param("id", callId).param("u", interpreter.username()).query(Integer.class).single();
            assertThat(playbacks).isPositive();
        }
    }

    /** Frames decoded from this link, then more: the video is moving, not one frame and stuck. */
    private static void assertFramesKeepComing(Page page, String from) {
        page.waitForFunction("(from) => (window.bluelampRelay.frames[from] || 0) > 10", from);
        var first = ((Number) page.evaluate("(from) => window.bluelampRelay.frames[from]", from)).intValue();
        page.waitForFunction("([from, first]) => window.bluelampRelay.frames[from] > first + 10",
                new Object[]{from, first});
    }
}
