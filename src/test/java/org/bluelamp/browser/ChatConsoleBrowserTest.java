package org.bluelamp.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.chat.ChatDesk;
import org.bluelamp.chat.ChatEvent;
import org.bluelamp.chat.Speaker;
import org.bluelamp.platform.language.Language;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In Chromium, with axe on every page: a handler answers a flagged chat from the console, a standard reply goes
 * straight into the box, the person's typing and lines appear as they happen, the person hears the handler typing,
 * and the chat is ended with a reason.
 */
@BluelampTest
@Tag("browser")
class ChatConsoleBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    ChatDesk desk;

    @LocalServerPort
    int port;

    @Test
    void aHandlerAnswersAFlaggedChatUsesAStandardReplySeesThePersonTypingAndEndsIt() {
        assumeTrue(desk.isOpen(), "the test profile closes chat for half an hour each night");
        var chat = desk.join("Sam", "Someone is outside my flat", Language.ENGLISH).orElseThrow().id();
        desk.personSays(chat, "He has a knife and keeps knocking");
        var check = support.accessibilityCheck(true);
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        try (var context = support.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 1100))) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, handler);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Web chat").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Web chat");
            var row = page.locator("[data-waiting-chat='" + chat + "']");
            assertThat(row.locator("mark")).hasText("knife");
            check.accept(page);
            BrowserSupport.screenshot(page, "chat-console", 1);

            row.getByRole(AriaRole.BUTTON).click();
            assertThat(page.locator("h1")).hasText("Chat with Sam");
            check.accept(page);
            BrowserSupport.screenshot(page, "chat-console", 2);

            var heard = new LinkedBlockingQueue<ChatEvent>();
            var following = desk.follow(chat, heard::add);
            page.getByLabel("Standard replies").selectOption("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put in the reply box")).click();
            assertThat(page.locator("#text")).hasValue(
                    "Thank you for waiting. I am still here and looking into this for you.");
            org.assertj.core.api.Assertions.assertThat(page.url()).as("no page load").doesNotContain("reply=");
            page.locator("#text").pressSequentially(" Sorry");
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(
                    event -> event instanceof ChatEvent.Typing typing && typing.from().equals("handler")));
            following.close();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                desk.typing(chat, Speaker.PERSON);
                assertThat(page.locator("[data-typing]")).isVisible();
            });
            assertThat(page.locator("[data-typing]")).hasText("Sam is typing");
            desk.personSays(chat, "Please hurry, he is still here");
            assertThat(page.locator("[data-chat-lines] li").last()).containsText("Please hurry, he is still here");
            assertThat(page.locator("[data-chat-lines] li").last()).containsText("Possible emergency");
            assertThat(page.locator("[data-chat-lines] li").last().locator("mark").first()).hasText("Please hurry");
            assertThat(page.locator("[data-typing]")).isHidden();
            assertThat(page.locator("#text")).hasValue(
                    "Thank you for waiting. I am still here and looking into this for you. Sorry");
            BrowserSupport.screenshot(page, "chat-console", 3);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            assertThat(page.locator("[data-chat-lines] li").last()).containsText("looking into this for you. Sorry");

            page.getByLabel("Advice given, no report needed").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the chat")).click();
            assertThat(page.locator("h1")).hasText("Chat ended");
            check.accept(page);
            BrowserSupport.screenshot(page, "chat-console", 4);
        }
    }
}
