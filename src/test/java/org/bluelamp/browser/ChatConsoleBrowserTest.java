package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.concurrent.LinkedBlockingQueue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In Chromium, with axe on every page: a handler answers a flagged chat from the console, a standard reply goes
 * straight into the box, the person's typing and lines appear as they happen, the person hears the handler typing,
 * and the chat is ended with a reason. The whole story with the person in a browser too: a phrase of danger flagged
 * on both sides, a standard reply edited, the chat handed to a second handler who logs it as a crime report, and
 * the transcript on the contact's timeline; and a person with JavaScript off, who chats by refreshing and leaves by
 * the quick exit.
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

    @Test
    void aPersonChatsInDangerHandlerAAnswersAndHandsOnAndHandlerBLogsItAsACrimeWithTheTranscriptOnTheTimeline() {
        assumeTrue(desk.isOpen(), "the test profile closes chat for half an hour each night");
        var check = support.accessibilityCheck(true);
        var handlerA = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var handlerB = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        String about = "Someone keeps following me home " + UUID.randomUUID().toString().substring(0, 6);
        try (var personContext = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 1100));
             // handler A at 200 % zoom on a 1280 x 1024 screen, handler B on a phone
             var aContext = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(640, 512)
                     .setDeviceScaleFactor(2));
             var bContext = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 1100))) {
            Page b = bContext.newPage();
            BrowserSupport.signIn(b, port, handlerB);
            Page a = aContext.newPage();
            BrowserSupport.signIn(a, port, handlerA);

            Page person = personContext.newPage();
            person.navigate("http://localhost:" + port + "/chat");
            assertThat(person.locator("h1")).hasText("Chat with us online");
            check.accept(person);
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a chat")).click();
            person.getByLabel("No, it is not an emergency").check();
            check.accept(person);
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(person.locator("h1")).hasText("Before you start");
            check.accept(person);
            person.getByLabel("Your name (optional)").fill("Robin Example");
            person.getByLabel("What is it about?").fill(about);
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the chat")).click();
            assertThat(person.locator("h1")).hasText("Your chat");
            assertThat(person.locator("[data-chat-status]")).containsText("in the queue");
            assertThat(person.locator("#text")).hasCount(0);
            check.accept(person);
            BrowserSupport.assertNoSidewaysScrolling(person);
            shot(person, "person-waiting");
            var chat = desk.waiting().stream().filter(c -> about.equals(c.about())).findFirst().orElseThrow().id();

            a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Web chat").setExact(true)).click();
            BrowserSupport.assertNoSidewaysScrolling(a);
            shot(a, "handler-a-console");
            a.locator("[data-waiting-chat='" + chat + "']").getByRole(AriaRole.BUTTON).click();
            assertThat(a.locator("h1")).hasText("Chat with Robin Example");

            // The person's page hears the answer and shows the box to type in, without a reload by them.
            assertThat(person.locator("#text")).isVisible();
            assertThat(person.locator("[data-chat-status]")).containsText("You are chatting with our contact team.");
            assertThat(person.locator("[data-chat-danger]")).isHidden();
            check.accept(person);
            person.locator("#text").fill("He is outside now and he has a knife");
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
            assertThat(person.locator("[data-chat-lines] li").last()).containsText("he has a knife");
            assertThat(person.locator("[data-chat-danger]")).isVisible();
            assertThat(person.locator("[data-chat-danger]")).containsText("999");
            assertThat(person.locator("#text")).hasValue("");
            check.accept(person);
            BrowserSupport.assertNoSidewaysScrolling(person);
            shot(person, "person-flagged");

            var flaggedLine = a.locator("[data-chat-lines] li").last();
            assertThat(flaggedLine).containsText("he has a knife");
            assertThat(flaggedLine).containsText("Possible emergency");
            assertThat(flaggedLine.locator("mark").last()).hasText("knife");
            a.getByLabel("Standard replies").selectOption("3");
            a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put in the reply box")).click();
            a.locator("#text").press("End");
            a.locator("#text").pressSequentially(" Stay on this chat if you can.");
            a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            assertThat(person.locator("[data-chat-lines] li").last()).containsText(
                    "Is anyone in danger right now? If so, call 999 now. If you cannot speak, call 999 and press 55"
                            + " when asked. Stay on this chat if you can.");
            assertThat(person.locator("[data-chat-lines] li").last()).containsText("Contact team");
            check.accept(a);
            BrowserSupport.assertNoSidewaysScrolling(a);
            shot(a, "handler-a");

            a.getByLabel("Hand to another handler").selectOption(handlerB.username());
            a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand on the chat")).click();
            assertThat(a.locator("main")).containsText("The chat is now with the other handler.");
            check.accept(a);

            b.navigate("http://localhost:" + port + "/staff/chat");
            var held = b.locator("[data-held-chat='" + chat + "']");
            assertThat(held).containsText(about);
            check.accept(b);
            BrowserSupport.assertNoSidewaysScrolling(b);
            shot(b, "handler-b-console");
            held.getByRole(AriaRole.LINK).first().click();
            assertThat(b.locator("h1")).hasText("Chat with Robin Example");
            var history = b.locator("[data-chat-lines]");
            assertThat(history).containsText(about);
            assertThat(history).containsText("he has a knife");
            assertThat(history).containsText("Stay on this chat if you can.");
            check.accept(b);
            BrowserSupport.assertNoSidewaysScrolling(b);
            shot(b, "handler-b");

            b.getByLabel("What to log it as").selectOption("crime");
            Page calls = b.context().waitForPage(() -> b.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Log this chat")).click());
            assertThat(calls.locator("main")).containsText("101 live chat");
            assertThat(calls.locator("[name='what-happened']")).hasValue(about);
            check.accept(calls);
            shot(calls, "call-first-screen");
            answer(calls, "crime-type", "criminal-damage");
            answer(calls, "when", "exact", "when-exact-day", "3", "when-exact-month", "11", "when-exact-year",
                    String.valueOf(LocalDate.now().getYear() - 1), "when-exact-time", "9am", "where", "address",
                    "where-line1", "1 Library Street", "where-town", "Leicester", "where-postcode", "LE1 1AA");
            answer(calls, "anything-stolen", "no", "anything-damaged", "no");
            answer(calls, "suspect", "no", "witnesses", "not-sure");
            answer(calls, "evidence", "no");
            assertThat(calls.locator("[name='your-name']")).hasValue("Robin Example");
            answer(calls, "reporter-role", "victim", "date-of-birth-day", "27", "date-of-birth-month", "3",
                    "date-of-birth-year", "1985", "your-address-line1", "2 Home Road", "your-address-town",
                    "Leicester", "your-address-postcode", "LE2 2BB");
            answer(calls, "contact-details-email", "robin@example.com", "preferred-contact", "email",
                    "safe-to-contact", "any-time", "support-needs", "none");
            assertThat(calls.locator("h1")).hasText("Check the caller’s answers");
            calls.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish and save")).click();
            assertThat(calls.locator("h1")).hasText("Call saved");
            String reference = calls.locator(".govuk-panel__body strong").innerText().strip();
            check.accept(calls);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                calls.navigate("http://localhost:" + port + "/staff/contacts/" + reference + "/timeline");
                assertThat(calls.locator("main")).containsText("Web chat transcript",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
            });
            var timeline = calls.locator("main");
            assertThat(timeline).containsText(about);
            assertThat(timeline).containsText("He is outside now and he has a knife");
            assertThat(timeline).containsText("Stay on this chat if you can.");
            check.accept(calls);
            shot(calls, "timeline");

            b.reload();
            b.getByLabel("Logged as a report").check();
            b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the chat")).click();
            assertThat(b.locator("h1")).hasText("Chat ended");
            assertThat(person.locator("h1")).hasText("Your chat has ended");
            assertThat(person.locator("main")).containsText(reference);
            check.accept(person);
            BrowserSupport.assertNoSidewaysScrolling(person);
            shot(person, "person-ended");

            // a copy by email only when asked for, to an address the person gives
            person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Email me a copy of this chat")).click();
            assertThat(person.locator("h1")).hasText("Email me a copy of this chat");
            check.accept(person);
            person.getByLabel("Email address").fill("not an address");
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a copy")).click();
            assertThat(person.locator(".govuk-error-summary")).isVisible();
            assertThat(person.getByLabel("Email address")).hasValue("not an address");
            check.accept(person);
            person.getByLabel("Email address").fill("sam@example.com");
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a copy")).click();
            assertThat(person.locator("h1")).hasText("We have sent a copy");
            check.accept(person);
            shot(person, "person-copy-sent");
        }
    }

    @Test
    void aPersonWithJavaScriptOffChatsByRefreshingAndTheQuickExitForgetsTheChat() {
        assumeTrue(desk.isOpen(), "the test profile closes chat for half an hour each night");
        var check = support.accessibilityCheck(false);
        String about = "My neighbour's dog barks all night " + UUID.randomUUID().toString().substring(0, 6);
        try (var context = support.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(390, 1100))) {
            Page person = context.newPage();
            person.navigate("http://localhost:" + port + "/chat");
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a chat")).click();
            person.getByLabel("No, it is not an emergency").check();
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            person.getByLabel("What is it about?").fill(about);
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the chat")).click();
            assertThat(person.locator("h1")).hasText("Your chat");
            assertThat(person.locator("[data-chat-status]")).containsText("in the queue");
            assertThat(person.locator("meta[http-equiv='refresh']")).hasCount(1);
            assertThat(person.locator("#text")).hasCount(0);
            check.accept(person);
            BrowserSupport.assertNoSidewaysScrolling(person);
            shot(person, "nojs-waiting");

            var chat = desk.waiting().stream().filter(c -> about.equals(c.about())).findFirst().orElseThrow().id();
            var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
            org.assertj.core.api.Assertions.assertThat(desk.answer(chat, handler.username())).isEqualTo(ChatDesk.Answering.ANSWERED);
            person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refresh the page to see new messages"))
                    .click();
            assertThat(person.locator("[data-chat-status]")).containsText("You are chatting with our contact team.");
            check.accept(person);

            person.getByLabel("Type your message").fill("It starts at 11pm every night");
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
            assertThat(person.locator("[data-chat-lines] li").last()).containsText("It starts at 11pm every night");
            assertThat(person.locator("#text")).hasValue("");
            assertThat(person.locator("meta[http-equiv='refresh']")).hasCount(1); // awaiting a reply
            person.getByLabel("Type your message").fill("And at 6am");
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
            assertThat(person.locator("[data-chat-lines] li").last()).containsText("And at 6am");

            desk.handlerSays(chat, handler.username(), "Thank you. Has it been going on for long?");
            person.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refresh the page to see new messages"))
                    .click();
            assertThat(person.locator("[data-chat-lines] li").last())
                    .containsText("Thank you. Has it been going on for long?");
            assertThat(person.locator("meta[http-equiv='refresh']")).hasCount(0); // not while they may type
            check.accept(person);
            BrowserSupport.assertNoSidewaysScrolling(person);
            shot(person, "nojs-reply");

            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emergency Exit this page")).click();
            assertThat(person).not().hasURL(Pattern.compile(".*/chat.*"));
            person.navigate("http://localhost:" + port + "/chat");
            assertThat(person.locator("h1")).hasText("Chat with us online");
            person.navigate("http://localhost:" + port + "/chat/now");
            assertThat(person.locator("h1")).hasText("Chat with us online");
            org.assertj.core.api.Assertions.assertThat(desk.find(chat).orElseThrow().live()).isFalse();
        }
    }

    /** Answers a call-logging screen by field name: a radio or checkbox by its value, anything else typed in. */
    private static void answer(Page page, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            var choice = page.locator("[name='" + namesAndValues[i] + "'][value='" + namesAndValues[i + 1] + "']");
            if (choice.count() > 0) {
                choice.check();
            } else {
                page.locator("[name='" + namesAndValues[i] + "']").fill(namesAndValues[i + 1]);
            }
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
    }

    /** With -Dbluelamp.screenshots=true, what the page looks like, in target/screenshots/chat-story. */
    private static void shot(Page page, String name) {
        BrowserSupport.screenshot(page, Path.of("target", "screenshots", "chat-story", name + ".png"));
    }
}
