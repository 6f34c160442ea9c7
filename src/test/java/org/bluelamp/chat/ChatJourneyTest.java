package org.bluelamp.chat;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.relay.CallerSignal;
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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The person's way through 101 live chat over HTTP, without JavaScript, and over the live connection: opening hours,
 * the emergency check, what it is about, the queue kept across reloads, lines checked and stored with the
 * possible-emergency rules, the quick exit, and the end.
 */
@BluelampTest
@Import(MovableClock.class)
class ChatJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    ChatDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whileClosedThePageSaysWhenItOpensAndOffersOtherWaysAndNobodyCanJoin() {
        moveToNext(LocalTime.of(3, 10));
        var person = new WebSession(port);
        var page = person.get("/chat");
        assertThat(page.body()).contains("We are closed now. We open at 3:30am today.", "href=\"/report\"",
                        "href=\"/bsl/message\"", "Call 101", "Call 999", "999 BSL", "call 18000")
                .doesNotContain("Start a chat");
        assertThat(person.get("/chat/emergency").pathOnly()).isEqualTo("/chat");
        assertThat(person.get("/chat/about").pathOnly()).isEqualTo("/chat");
        int before = chats();
        person.post("/chat/join", "about", "My bike was stolen");
        assertThat(chats()).isEqualTo(before);
        assertThat(person.cookie(ChatKey.NAME)).isNull();

        var welsh = person.get("/chat?lang=cy").body();
        assertThat(welsh).contains("Sgwrsio â ni ar-lein", "Rydyn ni ar gau nawr.");
    }

    @Test
    void theEmergencyCheckComesFirstAndAnEmergencyIsSentTo999() {
        moveToNext(LocalTime.of(9, 0));
        var person = new WebSession(port);
        assertThat(person.get("/report").body()).as("found from the list of ways to contact us")
                .contains("<a class=\"govuk-link\" href=\"/chat\">Chat with us online</a>");
        assertThat(person.get("/chat").body()).contains("Chat with us online", "We answer chats from 3:30am to 3am",
                "href=\"/chat/emergency\"");
        person.get("/chat/emergency");
        var unanswered = person.post("/chat/emergency");
        assertThat(unanswered.body()).contains("There is a problem",
                "Select yes if a crime is happening now or anyone is in danger");
        var emergency = person.post("/chat/emergency", "emergency", "yes");
        assertThat(emergency.pathOnly()).isEqualTo("/chat/call-999");
        assertThat(emergency.body()).contains("Call 999 now", "Do not use the chat in an emergency", "999 BSL",
                "18000");
        person.get("/chat/emergency");
        assertThat(person.post("/chat/emergency", "emergency", "no").pathOnly()).isEqualTo("/chat/about");
    }

    @Test
    void aPersonJoinsSeesTheirPlaceAndWaitAndKeepsThemAcrossAReload() {
        moveToNext(LocalTime.of(10, 0));
        var first = join("Sam", "Someone has damaged my car");
        var second = join("", "A question about a report");
        var waiting = second.get("/chat/now");
        assertThat(waiting.body()).contains("You are number 2 in the queue.", "About ", "minute",
                        "http-equiv=\"refresh\"", "Refresh the page to see new messages", "A question about a report")
                .doesNotContain("About 0 minutes");
        var key = second.cookie(ChatKey.NAME);
        assertThat(jdbc.sql("SELECT count(*) FROM chat WHERE key_hash = :key").param("key", key)
                .query(Integer.class).single()).as("only the key's hash is kept").isZero();
        var stored = desk.chatFor(first.cookie(ChatKey.NAME)).orElseThrow();
        assertThat(stored.name()).isEqualTo("Sam");
        assertThat(stored.about()).isEqualTo("Someone has damaged my car");

        clock.advance(Duration.ofMinutes(2));
        desk.endQuietChats();
        assertThat(second.get("/chat/now").body()).as("a reload keeps the place").contains("You are number 2");
        assertThat(second.get("/chat").pathOnly()).as("a live chat is gone back to").isEqualTo("/chat/now");
        int before = chats();
        assertThat(second.post("/chat/join", "about", "Again").pathOnly()).isEqualTo("/chat/now");
        assertThat(chats()).as("not queued twice").isEqualTo(before);

        var copied = new WebSession(port);
        copied.addCookie(ChatKey.NAME, key);
        assertThat(copied.get("/chat/now").body()).as("the key alone brings back the chat, as after a crash")
                .contains("You are number 2 in the queue.");

        desk.answerOldest("handler.one");
        assertThat(second.get("/chat/now").body()).contains("You are number 1 in the queue.");
        assertThat(first.get("/chat/now").body()).contains("You are chatting with our contact team.",
                "Type your message");
    }

    @Test
    void whatItIsAboutIsCheckedAndKeptWhenItCannotBeSent() {
        moveToNext(LocalTime.of(11, 0));
        var person = new WebSession(port);
        person.get("/chat/about");
        var blank = person.post("/chat/join", "name", "Alex", "about", "   ");
        assertThat(blank.body()).contains("There is a problem", "Tell us what it is about", "value=\"Alex\"");
        var tooLong = person.post("/chat/join", "name", "N".repeat(101), "about", "a".repeat(201));
        assertThat(tooLong.body()).contains("Your name must be 100 characters or fewer",
                "What it is about must be 200 characters or fewer", "a".repeat(201), "N".repeat(101));
        assertThat(person.cookie(ChatKey.NAME)).isNull();
    }

    @Test
    void aChatTakesABoundedNumberOfLinesKeepingWhatWasTyped() {
        moveToNext(LocalTime.of(13, 0));
        var person = join("", "Noise from next door");
        var chat = chatOf(person);
        desk.answer(chat, "handler.one");
        jdbc.sql("UPDATE chat SET last_seq = :most WHERE id = :id").param("most", ChatController.MOST_LINES)
                .param("id", chat).update();
        int before = desk.linesAfter(chat, 0).size();

        var page = person.post("/chat/now/lines", "text", "One more thing");

        assertThat(page.body()).contains("This chat has reached its limit of 400 messages", "One more thing");
        assertThat(desk.linesAfter(chat, 0)).as("nothing more stored").hasSize(before);
    }

    @Test
    void aLineThatSuggestsDangerIsFlaggedWithItsWordsAndThePersonIsShownThe999Routes() {
        moveToNext(LocalTime.of(12, 0));
        var person = join("", "My neighbour keeps shouting at me");
        var chat = chatOf(person);
        assertThat(person.get("/chat/now").body()).contains("data-chat-danger hidden");
        desk.answer(chat, "handler.one");
        desk.handlerSays(chat, "handler.one", "Hello, what is happening?");
        var page = person.post("/chat/now/lines", "text", "He is outside with a knife and said he will kill me");
        assertThat(page.pathOnly()).as("back to the newest line").isEqualTo("/chat/now#latest");
        assertThat(page.body()).contains("If you or someone else is in danger now", "Call 999 and ask for the police.",
                "999 BSL").doesNotContain("data-chat-danger hidden");

        var stored = desk.find(chat).orElseThrow();
        assertThat(stored.flaggedAt()).isNotNull();
        assertThat(stored.flaggedWords()).contains("knife").anyMatch(word -> word.contains("kill"));
        var words = jdbc.sql("SELECT flagged_words FROM chat_line WHERE chat_id = :id AND seq = 3")
                .param("id", chat).query((rs, row) -> java.util.List.of((String[]) rs.getArray(1).getArray()))
                .single();
        assertThat(words).contains("knife");
    }

    @Test
    void linesAreBoundedAndWhatWasTypedIsKeptWhenOneCannotBeSent() {
        moveToNext(LocalTime.of(13, 0));
        var person = join("", "Noise from a party");
        var chat = chatOf(person);
        desk.answer(chat, "handler.one");
        desk.handlerSays(chat, "handler.one", "How can I help?");
        var blank = person.post("/chat/now/lines", "text", "   ");
        assertThat(blank.body()).contains("There is a problem", "Type a message");
        var tooLong = person.post("/chat/now/lines", "text", "x".repeat(1001));
        assertThat(tooLong.body()).contains("Message must be 1,000 characters or fewer", "x".repeat(1001))
                .as("no refresh that would lose it").doesNotContain("http-equiv=\"refresh\"");
        assertThat(desk.find(chat).orElseThrow().lastSeq()).as("nothing stored").isEqualTo(2);
        person.post("/chat/now/lines", "text", "It has been going on since 10pm");
        var page = person.get("/chat/now").body();
        assertThat(page).contains("How can I help?", "It has been going on since 10pm")
                .as("awaiting a reply: the page asks again").contains("http-equiv=\"refresh\" content=\"10\"");
        desk.handlerSays(chat, "handler.one", "What is the address?");
        assertThat(person.get("/chat/now").body()).as("the person may be typing: no refresh to lose it")
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void exitThisPageEndsTheChatAndItsKeyOpensNothingAfter() {
        moveToNext(LocalTime.of(14, 0));
        var person = join("", "My ex keeps messaging me");
        var chat = chatOf(person);
        var key = person.cookie(ChatKey.NAME);
        assertThat(person.raw("/leave").statusCode()).isEqualTo(303);

        var stored = desk.find(chat).orElseThrow();
        assertThat(stored.status()).isEqualTo(ChatStatus.ABANDONED);
        assertThat(stored.endReason()).isEqualTo(ChatEndReason.PERSON_LEFT_SITE);
        var copied = new WebSession(port);
        copied.addCookie(ChatKey.NAME, key);
        var back = copied.get("/chat/now");
        assertThat(back.pathOnly()).as("the kept key opens nothing").isEqualTo("/chat");
        assertThat(back.body()).doesNotContain("My ex keeps messaging me");
        assertThat(person.cookie(ChatKey.NAME)).as("the browser's key is cleared").isNullOrEmpty();
    }

    @Test
    void afterTheChatEndsThePageSaysHonestlyWhatHappensNext() {
        moveToNext(LocalTime.of(15, 0));
        var left = join("", "Lost my wallet");
        assertThat(left.post("/chat/now/end").body()).contains("Your chat has ended",
                "You ended the chat before anyone answered.", "Nothing has been reported.")
                .doesNotContain("Email me a copy");
        assertThat(left.get("/chat/copy").pathOnly()).as("no copy of a chat nobody answered").isNotEqualTo("/chat/copy");

        var answered = join("", "A question");
        var chat = chatOf(answered);
        desk.answer(chat, "handler.one");
        desk.handlerEnds(chat, "handler.one");
        assertThat(answered.get("/chat/now").body()).contains("Thank you for chatting with us.",
                "Email me a copy of this chat").doesNotContain("Type your message");
        assertThat(answered.post("/chat/now/lines", "text", "Hello?").pathOnly()).isEqualTo("/chat/now");
        assertThat(desk.find(chat).orElseThrow().lastSeq()).isEqualTo(1);
        answered.post("/chat/new");
        assertThat(answered.get("/chat").body()).contains("Start a chat");
    }

    @Test
    void aCopyOfTheChatIsEmailedOnlyWhenThePersonAsksAndOnlyOnce() {
        moveToNext(LocalTime.of(16, 0));
        var person = join("Sam", "Someone scratched my car");
        var chat = chatOf(person);
        desk.answer(chat, "handler.copy");
        clock.advance(Duration.ofMinutes(1));
        desk.handlerSays(chat, "handler.copy", "I am sorry to hear that. Is anyone in danger now?");
        desk.personSays(chat, "No, it happened last night.");
        desk.handlerEnds(chat, "handler.copy");
        assertThat(person.get("/chat/copy/sent").pathOnly()).as("nothing asked yet").isEqualTo("/chat/copy");

        var ended = person.get("/chat/now").body();
        assertThat(ended).contains("We do not send you a copy unless you ask for one.", "href=\"/chat/copy\"");
        assertThat(copiesOf(chat)).as("never sent by default").isZero();

        var form = person.get("/chat/copy");
        assertThat(form.body()).contains("Email me a copy of this chat",
                "Anyone who can read the emails in that inbox will be able to read this chat.", "type=\"email\"");
        var wrong = person.post("/chat/copy", "email", "sam at example");
        assertThat(wrong.body()).contains("There is a problem",
                "Enter an email address in the correct format, like name@example.com", "value=\"sam at example\"");
        assertThat(person.post("/chat/copy", "email", "a".repeat(250) + "@example.com").body())
                .as("bounded").contains("Enter an email address in the correct format");
        assertThat(person.post("/chat/copy", "email", " ").body()).contains("Enter your email address");
        assertThat(copiesOf(chat)).isZero();

        String address = "sam." + chat.toString().substring(0, 8) + "@example.com";
        var sent = person.post("/chat/copy", "email", address);
        assertThat(sent.pathOnly()).isEqualTo("/chat/copy/sent");
        assertThat(sent.body()).contains("We have sent a copy");
        await().atMost(Duration.ofSeconds(20)).until(() -> copiesOf(chat) == 1);
        var message = jdbc.sql("SELECT recipient, subject, body, language FROM message WHERE dedupe_key LIKE :key")
                .param("key", "chat-copy:" + chat + ":%").query().singleRow();
        assertThat(message.get("recipient")).isEqualTo(address);
        assertThat((String) message.get("body")).contains("You asked for a copy of your chat with",
                "You (4pm): Someone scratched my car",
                "Contact handler (4:01pm): I am sorry to hear that. Is anyone in danger now?",
                "You (4:01pm): No, it happened last night.").doesNotContain("handler.copy");
        assertThat(jdbc.sql("SELECT count(*) FROM chat WHERE id = :id AND copy_sent_at IS NOT NULL")
                .param("id", chat).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM chat WHERE id = :id AND row_to_json(chat)::text LIKE :address")
                .param("id", chat).param("address", "%" + address + "%").query(Integer.class).single())
                .as("the address is not kept on the chat").isZero();

        assertThat(person.get("/chat/now").body()).contains("We have sent a copy of this chat to the email address")
                .doesNotContain("href=\"/chat/copy\"");
        assertThat(person.get("/chat/copy").body()).contains("We have already sent a copy");
        var again = person.post("/chat/copy", "email", "someone.else@example.com");
        assertThat(again.body()).contains("We have already sent a copy of this chat.");
        assertThat(jdbc.sql("SELECT count(*) FROM message WHERE recipient = 'someone.else@example.com'")
                .query(Integer.class).single()).as("a second ask sends nothing").isZero();
        assertThat(copiesOf(chat)).isOne();
    }

    @Test
    void noCopyWhileTheChatGoesOnAndNoneAfterTheQuickExit() {
        moveToNext(LocalTime.of(17, 0));
        var person = join("", "Noise every night");
        var chat = chatOf(person);
        assertThat(person.get("/chat/copy").pathOnly()).as("not while it goes on").isEqualTo("/chat/now");
        person.post("/chat/copy", "email", "nobody@example.com");
        desk.answer(chat, "handler.exit");
        desk.handlerEnds(chat, "handler.exit");
        var key = person.cookie(ChatKey.NAME);
        assertThat(person.get("/chat/copy").body()).contains("Email me a copy of this chat");

        person.raw("/leave");
        var copied = new WebSession(port);
        copied.addCookie(ChatKey.NAME, key);
        for (var session : new WebSession[]{person, copied}) {
            var page = session.get("/chat/copy");
            assertThat(page.pathOnly()).as("after the quick exit").isEqualTo("/chat");
            assertThat(page.body()).doesNotContain("Email me a copy");
            session.post("/chat/copy", "email", "nobody@example.com");
        }
        assertThat(copiesOf(chat)).isZero();
        assertThat(jdbc.sql("SELECT copy_sent_at IS NULL FROM chat WHERE id = :id").param("id", chat)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theLiveConnectionOpensOnlyWithTheKeyAndCarriesPlaceAnswerLinesAndTypingBothWays() throws Exception {
        moveToNext(LocalTime.of(16, 0));
        var person = join("", "Someone is following me home");
        var chat = chatOf(person);
        assertThatThrownBy(() -> CallerSignal.connect(port, ChatSocketConfiguration.PERSON_PATH, null))
                .as("no key, no connection").isInstanceOf(CompletionException.class);
        var heardByHandler = new LinkedBlockingQueue<ChatEvent>();
        try (var live = CallerSignal.connect(port, ChatSocketConfiguration.PERSON_PATH,
                ChatKey.NAME + "=" + person.cookie(ChatKey.NAME));
             var following = desk.follow(chat, heardByHandler::add)) {
            assertThat(live.next("queue")).contains("\"position\":1");
            desk.answer(chat, "handler.one");
            assertThat(live.next("answered")).isEqualTo("{\"type\":\"answered\"}");
            desk.typing(chat, Speaker.HANDLER);
            assertThat(live.next("typing")).contains("\"from\":\"handler\"");
            desk.handlerSays(chat, "handler.one", "Where are you now?");
            assertThat(live.next("line")).contains("\"seq\":2", "\"from\":\"handler\"", "Where are you now?")
                    .doesNotContain("handler.one");
            for (String ignored : new String[] {"not json", "[1]", "{\"type\":\"line\",\"text\":\"x\"}", "null"}) {
                live.send(ignored);
            }
            live.send("{\"type\":\"typing\"}");
            // the handler's console hears its own typing too (every page of the chat does): wait for the person's
            assertThat(heard(heardByHandler, new ChatEvent.Typing("person"))).isTrue();
            person.post("/chat/now/lines", "text", "On the high street");
            assertThat(live.next("line")).contains("\"seq\":3", "\"from\":\"person\"", "On the high street");
            desk.handlerEnds(chat, "handler.one");
            assertThat(live.next("ended")).isEqualTo("{\"type\":\"ended\"}");
        }
        assertThat(person.getJson("/chat/now/lines?after=1").body()).contains("Where are you now?", "On the high street")
                .doesNotContain("Someone is following me home");
    }

    private static boolean heard(LinkedBlockingQueue<ChatEvent> events, ChatEvent wanted) throws InterruptedException {
        while (true) {
            var event = events.poll(10, TimeUnit.SECONDS);
            if (event == null || event.equals(wanted)) {
                return event != null;
            }
        }
    }

    private static <T extends ChatEvent> ChatEvent poll(LinkedBlockingQueue<ChatEvent> events, Class<T> type)
            throws InterruptedException {
        while (true) {
            var event = events.poll(10, TimeUnit.SECONDS);
            if (event == null || type.isInstance(event)) {
                return event;
            }
        }
    }

    private WebSession join(String name, String about) {
        var person = new WebSession(port);
        person.get("/chat/about");
        assertThat(person.post("/chat/join", "name", name, "about", about).pathOnly()).isEqualTo("/chat/now");
        return person;
    }

    private UUID chatOf(WebSession person) {
        return desk.chatFor(person.cookie(ChatKey.NAME)).orElseThrow().id();
    }

    /** Copies of this chat in the outbox. */
    private int copiesOf(UUID chat) {
        return jdbc.sql("SELECT count(*) FROM message WHERE kind = 'chat-copy' AND dedupe_key LIKE :key")
                .param("key", "chat-copy:" + chat + ":%").query(Integer.class).single();
    }

    private int chats() {
        return jdbc.sql("SELECT count(*) FROM chat").query(Integer.class).single();
    }

    /** Moves the clock to this time of a later day, and ends every chat left from before. */
    private void moveToNext(LocalTime time) {
        var now = ZonedDateTime.ofInstant(clock.instant(), LondonTime.ZONE);
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(time).atZone(LondonTime.ZONE)));
        desk.endQuietChats();
    }
}
