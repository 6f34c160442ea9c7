package org.bluelamp.chat.console;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeCallScreens;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.chat.ChatDesk;
import org.bluelamp.chat.ChatEvent;
import org.bluelamp.chat.Speaker;
import org.bluelamp.relay.CallerSignal;
import org.bluelamp.chat.ChatLine;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.language.Language;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The handlers' chat console over HTTP, with the person's side driven through the chat engine: the queue oldest
 * first with possible emergencies on top, one answer per chat, the most a handler holds, standard replies, handing
 * on, logging as a crime report with the transcript on the contact's timeline, closing with a reason, who may see
 * what, and the access log.
 */
@BluelampTest
@Import(MovableClock.class)
class ChatConsoleTest {

    @LocalServerPort
    int port;

    @Autowired
    ChatDesk desk;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    /** A later day at 10am, when the chat is open, with chats left by other tests ended: the queue starts empty. */
    @BeforeEach
    void anEmptyQueueInOpeningHours() {
        var now = ZonedDateTime.ofInstant(clock.instant(), LondonTime.ZONE);
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(LocalTime.of(10, 0))
                .atZone(LondonTime.ZONE)));
        desk.endQuietChats();
    }

    @Test
    void theQueueIsOldestFirstWithPossibleEmergenciesOnTopAndAnswerOpensTheChat() {
        var older = join("Alex", "My bike was stolen from the station");
        var newer = join(null, "Noise from next door every night");
        var flagged = join(null, "Someone outside my house");
        desk.personSays(flagged, "He has a knife and is shouting");
        var handler = handler();

        var console = handler.get("/staff/chat").body();
        assertThat(console).contains("Web chat", "You are holding 0 of the 3 chats you can hold at once.");
        assertThat(console.indexOf(older.toString())).as("oldest first").isLessThan(console.indexOf(newer.toString()));
        assertThat(console.indexOf(flagged.toString())).as("a possible emergency on top")
                .isLessThan(console.indexOf(older.toString()));
        assertThat(console).contains("<mark>knife</mark>");

        var answered = handler.post("/staff/chat/" + older + "/answer");
        assertThat(answered.pathOnly()).isEqualTo("/staff/chat/" + older);
        assertThat(answered.body()).contains("Chat with Alex", "My bike was stolen from the station");
        assertThat(handler.get("/staff/chat").body()).contains("You are holding 1 of the 3", "data-held-chat=\"" + older);
        assertThat(jdbc.sql("SELECT status FROM chat WHERE id = :id").param("id", older).query(String.class).single())
                .isEqualTo("answered");
    }

    @Test
    void aChatIsAnsweredOnceTheSecondHandlerIsToldSomeoneWasQuicker() {
        var chat = join(null, "Lost my wallet on the bus");
        var one = handler();
        var other = handler();
        assertThat(one.post("/staff/chat/" + chat + "/answer").pathOnly()).isEqualTo("/staff/chat/" + chat);
        var late = other.post("/staff/chat/" + chat + "/answer");
        assertThat(late.pathOnly()).isEqualTo("/staff/chat");
        assertThat(late.body()).contains("Another handler answered that chat first.");
        assertThat(other.get("/staff/chat/" + chat).status()).as("not their chat").isEqualTo(404);
    }

    @Test
    void aHandlerHoldsAtMostThreeChatsAndIsToldWhyTheFourthIsRefused() {
        var handler = handler();
        for (int i = 0; i < 3; i++) {
            var chat = join(null, "Chat number " + i);
            assertThat(handler.post("/staff/chat/" + chat + "/answer").pathOnly()).isEqualTo("/staff/chat/" + chat);
        }
        var fourth = join(null, "One too many");
        var refused = handler.post("/staff/chat/" + fourth + "/answer");
        assertThat(refused.pathOnly()).isEqualTo("/staff/chat");
        assertThat(refused.body()).contains("You are holding 3 chats, the most you can hold at once.");
        assertThat(jdbc.sql("SELECT status FROM chat WHERE id = :id").param("id", fourth).query(String.class).single())
                .isEqualTo("waiting");
    }

    @Test
    void aStandardReplyGoesInTheBoxToEditAndIsSentAsEdited() {
        var chat = join(null, "Someone keeps ringing my doorbell");
        var handler = handler();
        handler.post("/staff/chat/" + chat + "/answer");
        var page = handler.get("/staff/chat/" + chat);
        assertThat(page.body()).contains("Standard replies", "Thank you for waiting");

        var chosen = handler.get("/staff/chat/" + chat + "?reply=1");
        assertThat(chosen.body()).contains(">Hello, my name is")
                .as("in the reply box, not sent").doesNotContain("data-seq=\"2\"");
        assertThat(handler.post("/staff/chat/" + chat + "/lines", "text", "").body())
                .contains("There is a problem", "Enter a reply");

        handler.post("/staff/chat/" + chat + "/lines", "text", "Hello, my name is Sam. How can I help?");
        assertThat(desk.linesAfter(chat, 0)).extracting(ChatLine::text)
                .contains("Hello, my name is Sam. How can I help?");
        assertThat(handler.get("/staff/chat/" + chat).body()).contains("Hello, my name is Sam. How can I help?");

        // with the script, a reply goes by fetch: no page again, and what is wrong said in words
        assertThat(handler.postFetched("/staff/chat/" + chat + "/lines", "text", "Can you tell me more?").statusCode())
                .isEqualTo(204);
        assertThat(desk.linesAfter(chat, 0)).extracting(ChatLine::text).endsWith("Can you tell me more?");
        var empty = handler.postFetched("/staff/chat/" + chat + "/lines", "text", " ");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).isEqualTo("Enter a reply");
    }

    @Test
    void aChatHandedToAnotherSignedInHandlerIsTheirsAndCountsAgainstTheirChats() {
        var chat = join("Jo", "A car has been parked across my drive all week");
        var first = handler();
        var second = new WebSession(port);
        var secondAccount = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        staffAccounts.signIn(second, secondAccount, clock.instant());
        first.post("/staff/chat/" + chat + "/answer");

        assertThat(first.get("/staff/chat/" + chat).body()).contains("value=\"" + secondAccount.username() + "\"");
        assertThat(first.post("/staff/chat/" + chat + "/transfer", "to", "nobody-signed-in").body())
                .contains("That handler is no longer signed in to take chats.");
        var moved = first.post("/staff/chat/" + chat + "/transfer", "to", secondAccount.username());
        assertThat(moved.pathOnly()).isEqualTo("/staff/chat");
        assertThat(moved.body()).contains("The chat is now with the other handler.");
        assertThat(first.get("/staff/chat/" + chat).status()).isEqualTo(404);
        assertThat(second.get("/staff/chat").body()).contains("You are holding 1 of the 3", "data-held-chat=\"" + chat);
        assertThat(second.get("/staff/chat/" + chat).body()).contains("Chat with Jo");
    }

    @Test
    void aChatLoggedAsACrimeReportPutsItsWholeTranscriptOnTheContactsTimeline() {
        var chat = join("Alex Example", "My shed was broken into last night");
        desk.personSays(chat, "They took my lawnmower");
        var handler = handler();
        handler.post("/staff/chat/" + chat + "/answer");
        handler.post("/staff/chat/" + chat + "/lines", "text", "I am sorry to hear that. Let me take a report.");

        var firstScreen = handler.post("/staff/chat/" + chat + "/log", "service", "crime");
        assertThat(firstScreen.path()).startsWith("/staff/calls/");
        assertThat(firstScreen.body()).as("what it is about, already answered")
                .contains("My shed was broken into last night", "101 live chat");
        var where = handler.post(firstScreen.path(), "crime-type", "criminal-damage", "what-happened",
                "My shed was broken into last night");
        var saved = CrimeCallScreens.finish(handler, where);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r")
                .param("r", saved.reference()).query(Integer.class).single() == 1);
        var contact = handler.get("/staff/contacts/" + saved.reference() + "/timeline").body();
        assertThat(contact).contains("Web chat transcript", "They took my lawnmower",
                "I am sorry to hear that. Let me take a report.", "My shed was broken into last night");
        assertThat(jdbc.sql("SELECT channel FROM contact WHERE reference = :r").param("r", saved.reference())
                .query(String.class).single()).isEqualTo("webchat");
        assertThat(jdbc.sql("SELECT reference FROM chat WHERE id = :id").param("id", chat).query(String.class)
                .single()).isEqualTo(saved.reference());

        handler.post("/staff/chat/" + chat + "/end", "reason", "reported");
        var ended = handler.get("/staff/chat/" + chat).body();
        assertThat(ended).contains("Chat ended", "Logged as a report", saved.reference());
    }

    @Test
    void aChatThatNeedsNoReportIsClosedWithAReasonAndKept() {
        var chat = join(null, "How do I get my property back?");
        var handler = handler();
        handler.post("/staff/chat/" + chat + "/answer");
        assertThat(handler.post("/staff/chat/" + chat + "/end", "reason", "").body())
                .contains("Select why the chat is ending");
        assertThat(handler.post("/staff/chat/" + chat + "/end", "reason", "reported").body())
                .as("not logged, so not a reason it can have").contains("Select why the chat is ending");

        var ended = handler.post("/staff/chat/" + chat + "/end", "reason", "advice-given");
        assertThat(ended.body()).contains("Chat ended", "Advice given, no report needed",
                "How do I get my property back?");
        assertThat(jdbc.sql("SELECT status || ' ' || closed_reason FROM chat WHERE id = :id").param("id", chat)
                .query(String.class).single()).isEqualTo("ended advice-given");
    }

    @Test
    void aChatThePersonEndedIsGivenItsReasonAfterwardsByItsHandler() {
        var chat = join(null, "Is there a road closure on the A6?");
        var handler = handler();
        handler.post("/staff/chat/" + chat + "/answer");
        desk.personEnds(chat);
        var ended = handler.get("/staff/chat/" + chat).body();
        assertThat(ended).contains("Chat ended", "The person ended it", "Close the chat", "Log this chat");
        handler.post("/staff/chat/" + chat + "/end", "reason", "signposted");
        assertThat(handler.get("/staff/chat/" + chat).body()).contains("Passed to another organisation")
                .doesNotContain("Close the chat");
        assertThat(jdbc.sql("SELECT status || ' ' || closed_reason FROM chat WHERE id = :id").param("id", chat)
                .query(String.class).single()).isEqualTo("ended signposted");
    }

    @Test
    void aPersonWhoAsksForBslIsToldHowToJoinTheRelayAndItIsNotedOnTheChat() {
        var joined = desk.join(null, "I am Deaf and want to report a theft", Language.ENGLISH).orElseThrow();
        var chat = joined.id();
        var person = new WebSession(port);
        person.addCookie("bluelamp_chat", joined.key());
        var handler = handler();
        handler.post("/staff/chat/" + chat + "/answer");
        var done = handler.post("/staff/chat/" + chat + "/bsl");
        assertThat(done.body()).contains("The person has been told how to join the BSL video relay");
        assertThat(desk.linesAfter(chat, 0)).extracting(ChatLine::text)
                .anySatisfy(text -> assertThat(text).contains("British Sign Language", "/bsl"));
        assertThat(jdbc.sql("SELECT status || ' ' || closed_reason FROM chat WHERE id = :id").param("id", chat)
                .query(String.class).single()).isEqualTo("ended bsl-relay");
        assertThat(handler.get("/staff/chat/" + chat).body()).contains("Passed to the BSL video relay");
        assertThat(person.get("/chat/now").body()).as("the person's page after the chat ends links to the relay")
                .contains("Your chat has ended", "You asked for British Sign Language (BSL).",
                        "<a class=\"govuk-link\" href=\"/bsl\">Talk to us in BSL</a>")
                .doesNotContain("If we need to make a report from this chat");
    }

    @Test
    void onlyHandlersAnswerSupervisorsWatchAndOthersAreRefused() {
        var chat = join(null, "Supervisors watch this one");
        for (var role : new StaffRole[]{StaffRole.CRIME_BUREAU_ASSESSOR, StaffRole.OFFICER, StaffRole.INTERPRETER}) {
            var session = signedIn(role);
            assertThat(session.get("/staff/chat").status()).as(role + " sees no console").isEqualTo(403);
            assertThat(session.post("/staff/chat/" + chat + "/answer").status()).isEqualTo(403);
        }
        var supervisor = signedIn(StaffRole.SUPERVISOR);
        var watched = supervisor.get("/staff/chat");
        assertThat(watched.status()).isEqualTo(200);
        assertThat(watched.body()).contains("data-waiting-chat=\"" + chat, "Only contact handlers answer chats.")
                .doesNotContain("/staff/chat/" + chat + "/answer");
        assertThat(supervisor.post("/staff/chat/" + chat + "/answer").status()).isEqualTo(403);

        var handler = handler();
        handler.post("/staff/chat/" + chat + "/answer");
        assertThat(supervisor.get("/staff/chat/" + chat).status()).isEqualTo(403);
        assertThat(handler().get("/staff/chat/" + chat).status()).as("another handler's chat").isEqualTo(404);
        assertThat(handler().get("/staff/chat/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void everyViewOfAChatsPersonalDataIsInTheAccessLog() {
        var chat = join("Pat", "Graffiti on the bus shelter");
        var handler = new WebSession(port);
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        staffAccounts.signIn(handler, account, clock.instant());
        handler.post("/staff/chat/" + chat + "/answer");
        int before = views(account.username(), chat, "chat");
        handler.get("/staff/chat/" + chat);
        handler.get("/staff/chat/" + chat + "?reply=1");
        assertThat(views(account.username(), chat, "chat")).isEqualTo(before + 2);
        handler.get("/staff/chat");
        assertThat(views(account.username(), chat, "console")).as("what it is about, on the console").isPositive();
    }

    @Test
    void theHandlersPageHearsThePersonTypingAndTheirLinesLiveAndSaysWhenTheHandlerTypes() throws Exception {
        var chat = join(null, "Is my report being looked at?");
        var handler = handler();
        handler.post("/staff/chat/" + chat + "/answer");
        var heard = new java.util.concurrent.LinkedBlockingQueue<ChatEvent>();
        assertThatThrownBy(() -> CallerSignal.connect(port, ConsoleLive.PATH + "?chat=" + chat, handler().cookies()))
                .as("only the handler who holds it").isInstanceOf(CompletionException.class);

        try (var subscription = desk.follow(chat, heard::add);
             var live = CallerSignal.connect(port, ConsoleLive.PATH + "?chat=" + chat, handler.cookies())) {
            live.send("{\"type\":\"typing\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream()
                    .anyMatch(event -> event instanceof ChatEvent.Typing typing && typing.from().equals("handler")));

            desk.typing(chat, Speaker.PERSON);
            var typing = live.next("typing");
            while (!typing.contains("\"from\":\"person\"")) {
                typing = live.next("typing"); // their own typing comes back too; the page shows only the person's
            }
            desk.personSays(chat, "Are you still there?");
            assertThat(live.next("line")).contains("Are you still there?", "\"seq\":1");
        }
    }

    @Test
    void todaysLevelsCountChatsAnsweredInTimeLateAndAbandonedAndEachHandlersChats() {
        var first = new WebSession(port);
        var firstAccount = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        staffAccounts.signIn(first, firstAccount, clock.instant());
        var second = new WebSession(port);
        var secondAccount = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        staffAccounts.signIn(second, secondAccount, clock.instant());
        assertThat(levelsOn(first.get("/staff/chat").body())).as("nothing yet today")
                .contains("data-chat-level=\"waiting\">0<", "No chats yet", "None ended yet")
                .doesNotContain("data-chat-handlers");

        var inTime = join(null, "Answered within the minute");
        clock.advance(Duration.ofSeconds(30));
        first.post("/staff/chat/" + inTime + "/answer");
        var late = join(null, "Answered after a minute and a half");
        clock.advance(Duration.ofSeconds(90));
        second.post("/staff/chat/" + late + "/answer");
        var leftEarly = join(null, "Gave up waiting");
        clock.advance(Duration.ofSeconds(10));
        desk.personEnds(leftEarly);
        join(null, "Still waiting");
        clock.advance(Duration.ofSeconds(20));
        assertThat(desk.handlerEnds(inTime, firstAccount.username())).isTrue(); // 2 minutes after it was answered

        var levels = levelsOn(first.get("/staff/chat").body());
        assertThat(levels).contains("data-chat-level=\"waiting\">1<", "data-chat-level=\"longest\">20 s<",
                "Answered within 60 seconds", "data-chat-level=\"abandoned\">1<",
                "data-chat-level=\"average\">2 min 0 s<", "Below aim");
        assertThat(levels).as("1 of 3 offered (2 answered, 1 abandoned) within 60 s").contains(">33%");
        assertThat(levels).contains("Chats per handler today")
                .containsPattern("Test " + firstAccount.username() + "</th>\\s*<td[^>]*>1</td>\\s*<td[^>]*>2 min 0 s<")
                .containsPattern("Test " + secondAccount.username() + "</th>\\s*<td[^>]*>1</td>\\s*<td[^>]*>None ended");

        var supervisor = signedIn(StaffRole.SUPERVISOR);
        assertThat(levelsOn(supervisor.get("/staff/chat").body())).as("supervisors watch the same figures")
                .contains(">33%", "Test " + firstAccount.username());
        var relay = supervisor.get("/staff/relay").body();
        assertThat(relay).as("beside the relay's levels").contains("data-level=\"waiting\"", "Web chat today");
        assertThat(levelsOn(relay)).contains(">33%", "data-chat-level=\"abandoned\">1<");
    }

    @Test
    void whoMayNotSeeTheChatConsoleSeesNoChatLevelsBesideTheRelays() {
        join(null, "Counted in the levels");
        for (var role : new StaffRole[]{StaffRole.INTERPRETER, StaffRole.CRIME_BUREAU_ASSESSOR}) {
            var session = signedIn(role);
            assertThat(session.get("/staff/chat").status()).isEqualTo(403);
            var relay = session.get("/staff/relay");
            assertThat(relay.status()).as(role + " sees the relay console").isEqualTo(200);
            assertThat(relay.body()).contains("data-level=\"waiting\"")
                    .doesNotContain("data-chat-levels", "Web chat today", "Chats waiting");
        }
        assertThat(handler().get("/staff/relay").body()).as("a handler answers both").contains("data-chat-levels");
    }

    /** The chat levels' part of a page. */
    private static String levelsOn(String page) {
        int from = page.indexOf("data-chat-levels");
        assertThat(from).as("the page shows chat levels").isNotNegative();
        return page.substring(from, page.indexOf("</section>", from));
    }

    private int views(String actor, UUID chat, String page) {
        return jdbc.sql("""
                        SELECT count(*) FROM access_log WHERE actor = :actor AND record_kind = 'web-chat'
                          AND action = 'read' AND record_ref = :chat AND detail ->> 'page' = :page""")
                .param("actor", actor).param("chat", chat.toString()).param("page", page)
                .query(Integer.class).single();
    }

    private UUID join(String name, String about) {
        return desk.join(name, about, Language.ENGLISH).orElseThrow().id();
    }

    private WebSession handler() {
        return signedIn(StaffRole.CONTACT_HANDLER);
    }

    private WebSession signedIn(StaffRole role) {
        var session = new WebSession(port);
        staffAccounts.signIn(session, staffAccounts.create(role), clock.instant());
        return session;
    }
}
