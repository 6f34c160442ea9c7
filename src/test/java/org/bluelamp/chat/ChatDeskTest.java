package org.bluelamp.chat;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.language.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine handlers' consoles and the person's pages work through: the queue oldest first, each chat answered once
 * even by handlers pressing at the same moment, lines numbered and stored in order, the possible-emergency rules on
 * the person's lines, and events heard by whoever follows a chat.
 */
@BluelampTest
@Import(MovableClock.class)
class ChatDeskTest {

    @Autowired
    ChatDesk desk;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource pool;

    @BeforeEach
    void anEmptyQueue() {
        moveToNext(LocalTime.of(10, 0));
    }

    @Test
    void chatsAreAnsweredOldestFirstEachByOneHandlerWhoHoldsThemUntilTheyEnd() {
        var first = join("About my stolen bike");
        clock.advance(Duration.ofSeconds(5));
        var second = join("A noise complaint");
        assertThat(desk.waiting()).extracting(Chat::id).containsExactly(first, second);
        assertThat(desk.placeOf(second).position()).isEqualTo(2);
        assertThat(desk.placeOf(first).minutes()).as("never 0 minutes").isPositive();

        var answered = desk.answerOldest("handler.one").orElseThrow();
        assertThat(answered.id()).isEqualTo(first);
        assertThat(desk.answer(first, "handler.two")).as("answered once").isEqualTo(ChatDesk.Answering.TAKEN);
        assertThat(desk.placeOf(second).position()).isEqualTo(1);
        assertThat(desk.heldBy("handler.one")).extracting(Chat::id).containsExactly(first);

        assertThat(desk.handlerSays(first, "handler.two", "Not mine")).as("only the handler who holds it").isEmpty();
        assertThat(desk.transfer(first, "handler.one", "handler.two")).isTrue();
        assertThat(desk.heldBy("handler.one")).isEmpty();
        assertThat(desk.handlerSays(first, "handler.two", "Hello, I am taking over")).isPresent();

        assertThat(desk.handlerEnds(first, "handler.one")).as("no longer theirs to end").isFalse();
        assertThat(desk.handlerEnds(first, "handler.two")).isTrue();
        var ended = desk.find(first).orElseThrow();
        assertThat(ended.status()).isEqualTo(ChatStatus.ENDED);
        assertThat(ended.endReason()).isEqualTo(ChatEndReason.HANDLER_ENDED);
        assertThat(desk.personSays(first, "Are you there?")).as("no lines after the end").isEmpty();

        assertThat(desk.personEnds(second)).isTrue();
        assertThat(desk.find(second).orElseThrow().status()).as("never answered").isEqualTo(ChatStatus.ABANDONED);
        assertThat(desk.answerOldest("handler.one")).as("nobody waiting").isEmpty();
    }

    @Test
    void linesAreNumberedInTheirChatAndReadAfterAGivenNumber() {
        var chat = join("Someone keeps ringing my doorbell");
        desk.personSays(chat, "Hello");
        desk.answerOldest("handler.one");
        desk.handlerSays(chat, "handler.one", "Hello, how can I help?");
        desk.personSays(chat, "It happens every night");

        assertThat(desk.linesAfter(chat, 0)).extracting(ChatLine::seq, ChatLine::speaker, ChatLine::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Speaker.PERSON, "Hello"),
                        org.assertj.core.groups.Tuple.tuple(2, Speaker.HANDLER, "Hello, how can I help?"),
                        org.assertj.core.groups.Tuple.tuple(3, Speaker.PERSON, "It happens every night"));
        assertThat(desk.linesAfter(chat, 2)).extracting(ChatLine::text).containsExactly("It happens every night");
        assertThat(desk.linesAfter(chat, 1).getFirst().staffUsername()).isEqualTo("handler.one");
        assertThat(desk.find(chat).orElseThrow().lastSeq()).isEqualTo(3);
    }

    @Test
    void aPersonsLineThatMatchesThePossibleEmergencyRulesFlagsTheLineAndTheChatWithTheWords() {
        var chat = join("My ex keeps messaging me");
        desk.personSays(chat, "He sent me a photo of a knife");
        var line = desk.personSays(chat, "He said he is going to kill me tonight").orElseThrow();
        assertThat(line.flagged()).isTrue();
        assertThat(line.flaggedWords()).isNotEmpty().allMatch("he said he is going to kill me tonight"::contains);

        var stored = desk.find(chat).orElseThrow();
        assertThat(stored.flagged()).isTrue();
        assertThat(stored.flaggedWords()).containsAll(line.flaggedWords());
        var first = desk.linesAfter(chat, 0).getFirst();
        assertThat(stored.flaggedWords()).as("every word, each once").containsAll(first.flaggedWords())
                .doesNotHaveDuplicates();
        assertThat(desk.personSays(chat, "Thank you").orElseThrow().flagged()).isFalse();
        assertThat(desk.find(chat).orElseThrow().flaggedAt()).as("when it was first flagged")
                .isEqualTo(stored.flaggedAt());
    }

    @Test
    void whoeverFollowsAChatHearsItsLinesTypingAndEndInOrder() throws Exception {
        var chat = join("Lost property");
        var heard = new LinkedBlockingQueue<ChatEvent>();
        var queue = new LinkedBlockingQueue<ChatEvent>();
        try (var following = desk.follow(chat, heard::add); var watching = desk.watchQueue(queue::add)) {
            desk.answer(chat, "handler.one");
            desk.typing(chat, Speaker.PERSON);
            for (int i = 1; i <= 20; i++) {
                desk.personSays(chat, "Line " + i);
            }
            desk.handlerEnds(chat, "handler.one");

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(new ChatEvent.Answered());
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(new ChatEvent.Typing("person"));
            for (int i = 1; i <= 20; i++) {
                var line = (ChatEvent.Line) heard.poll(10, TimeUnit.SECONDS);
                assertThat(line).isNotNull();
                assertThat(line.seq()).isEqualTo(i);
                assertThat(line.text()).isEqualTo("Line " + i);
            }
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(new ChatEvent.Ended("handler-ended"));
            assertThat(queue.poll(10, TimeUnit.SECONDS)).isInstanceOf(ChatEvent.QueueChanged.class);
        }
    }

    /**
     * Two handlers on two connections (two instances, say) press "Answer" at the same moment: each gets a different
     * chat, and a chat two handlers both press for goes to one of them only.
     */
    @Test
    void handlersAnsweringAtTheSameMomentNeverGetTheSameChat() throws Exception {
        var older = join("First");
        clock.advance(Duration.ofSeconds(1));
        var newer = join("Second");
        try (var one = new Handler(); var two = new Handler()) {
            var toOne = one.chats.answerOldest("handler.one", clock.instant());
            var toTwo = two.chats.answerOldest("handler.two", clock.instant());
            assertThat(toOne.map(Chat::id)).contains(older);
            assertThat(toTwo.map(Chat::id)).as("the chat being answered is skipped, not shared").contains(newer);
            one.commit();
            two.commit();
        }
        assertThat(desk.find(older).orElseThrow().answeredBy()).isEqualTo("handler.one");
        assertThat(desk.find(newer).orElseThrow().answeredBy()).isEqualTo("handler.two");

        var contested = join("Third");
        try (var one = new Handler(); var two = new Handler()) {
            assertThat(one.chats.answer(contested, "handler.one", clock.instant())).isPresent();
            var late = CompletableFuture.supplyAsync(() -> two.chats.answer(contested, "handler.two", clock.instant()));
            one.commit();
            assertThat(late.get(10, TimeUnit.SECONDS)).as("someone was quicker").isEmpty();
            two.commit();
        }
        assertThat(desk.find(contested).orElseThrow().answeredBy()).isEqualTo("handler.one");
    }

    /**
     * A handler answering in two tabs at the same moment: the second waits for the first and counts its chat, so
     * they never hold more than they may.
     */
    @Test
    void aHandlerAnsweringInTwoTabsAtOnceCountsBothAgainstTheLimit() throws Exception {
        for (int i = 1; i < 3; i++) {
            assertThat(desk.answer(join("Held " + i), "handler.one")).isEqualTo(ChatDesk.Answering.ANSWERED);
        }
        var third = join("Third");
        try (var tabOne = new Handler(); var tabTwo = new Handler()) {
            tabOne.chats.lockAnsweringBy("handler.one");
            assertThat(tabOne.chats.answer(third, "handler.one", clock.instant())).isPresent();
            var heldSeenByTabTwo = CompletableFuture.supplyAsync(() -> {
                tabTwo.chats.lockAnsweringBy("handler.one");
                return tabTwo.chats.heldBy("handler.one").size();
            });
            tabOne.commit();
            assertThat(heldSeenByTabTwo.get(10, TimeUnit.SECONDS)).as("waited for the first tab").isEqualTo(3);
            tabTwo.commit();
        }
        assertThat(desk.answer(join("Fourth"), "handler.one")).isEqualTo(ChatDesk.Answering.FULL);
    }

    @Test
    void aPersonNotHeardFromForLongerThanTheyMayBeAwayLosesTheirPlaceAndLaterAnAnsweredChat() {
        var waiting = join("Waiting");
        var answered = join("Answered");
        desk.answer(answered, "handler.one");
        clock.advance(Duration.ofMinutes(2));
        desk.heardFrom(waiting);
        desk.personSays(answered, "Still here");
        assertThat(desk.endQuietChats()).isZero();

        clock.advance(Duration.ofMinutes(4));
        assertThat(desk.endQuietChats()).isEqualTo(1);
        assertThat(desk.find(waiting).orElseThrow().status()).isEqualTo(ChatStatus.ABANDONED);
        assertThat(desk.find(answered).orElseThrow().status())
                .as("a person typing a long line without JavaScript is quiet meanwhile").isEqualTo(ChatStatus.ANSWERED);

        clock.advance(Duration.ofMinutes(30));
        assertThat(desk.endQuietChats()).isEqualTo(1);
        assertThat(desk.find(answered).orElseThrow().status()).isEqualTo(ChatStatus.ENDED);
        assertThat(desk.find(answered).orElseThrow().endReason()).isEqualTo(ChatEndReason.DROPPED);
    }

    @Test
    void whileClosedNobodyCanJoin() {
        moveToNext(LocalTime.of(3, 10));
        assertThat(desk.isOpen()).isFalse();
        assertThat(desk.join(null, "Closed", Language.ENGLISH)).isEmpty();
    }

    private UUID join(String about) {
        return desk.join(null, about, Language.ENGLISH).orElseThrow().id();
    }

    /** Moves the clock to this time of a later day, and ends every chat left from before. */
    private void moveToNext(LocalTime time) {
        var now = ZonedDateTime.ofInstant(clock.instant(), LondonTime.ZONE);
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(time).atZone(LondonTime.ZONE)));
        desk.endQuietChats();
    }

    /** A handler's own connection, in a transaction until committed: another instance answering at the same time. */
    private final class Handler implements AutoCloseable {

        private final Connection connection;
        private final SingleConnectionDataSource source;
        final Chats chats;

        Handler() throws Exception {
            connection = java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                    pool.getPassword());
            connection.setAutoCommit(false);
            source = new SingleConnectionDataSource(connection, true);
            chats = new Chats(JdbcClient.create(source));
        }

        void commit() throws Exception {
            connection.commit();
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }

}
