package org.bluelamp.insight;

import org.bluelamp.insight.QueueLevels.Levels;
import org.bluelamp.insight.QueueLevels.MonthLevels;
import org.bluelamp.insight.QueueLevels.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's calls and the chats over a range of UK days, by the day they joined the queue, in all and by month:
 * February and March 2013, with the clock change on 31 March.
 */
@InsightTest
class QueueLevelsTest {

    private static final LocalDate FROM = LocalDate.of(2013, 2, 1);
    private static final LocalDate TO = LocalDate.of(2013, 3, 31);

    @Autowired
    QueueLevels queues;

    @Autowired
    JdbcClient jdbc;

    private final List<UUID> calls = new ArrayList<>();
    private final List<UUID> chats = new ArrayList<>();

    @AfterEach
    void forget() {
        if (!calls.isEmpty()) {
            jdbc.sql("DELETE FROM relay_call WHERE id IN (:ids)").param("ids", calls).update();
        }
        if (!chats.isEmpty()) {
            jdbc.sql("DELETE FROM chat WHERE id IN (:ids)").param("ids", chats).update();
        }
    }

    @Test
    void relayCallsAreCountedAgainstTheRelaysTwoMinuteTarget() {
        call("2013-02-10T10:00:00Z", 60, 600); // in time
        call("2013-02-11T10:00:00Z", 120, 300); // on the target itself: in time
        call("2013-02-12T10:00:00Z", null, 200); // left before an answer
        call("2013-02-28T23:59:30Z", 30, 90); // the last of February, UK time
        call("2013-03-31T00:30:00Z", 121, null); // late, and still going
        call("2013-01-31T23:59:59Z", 10, 20); // January
        call("2013-03-31T23:30:00Z", 10, 20); // 1 April, 00:30 BST

        var range = queues.between(Queue.RELAY, FROM, TO);

        assertThat(range.answerTarget()).isEqualTo(Duration.ofSeconds(120));
        assertThat(range.months()).containsExactly(
                new MonthLevels(FROM, new Levels(3, 3, 1, Duration.ofSeconds(70), Duration.ofSeconds(260))),
                new MonthLevels(LocalDate.of(2013, 3, 1), new Levels(1, 0, 0, Duration.ofSeconds(121), null)));
        // the average wait is 331 / 4 = 82.75 seconds
        assertThat(range.total()).isEqualTo(new Levels(4, 3, 1, Duration.ofSeconds(83), Duration.ofSeconds(260)));
        assertThat(range.total().offered()).isEqualTo(5);
        assertThat(range.total().percentInTime()).isEqualTo(60.0);
        assertThat(range.total().percentAbandoned()).isEqualTo(20.0);
        assertThat(range.months().getFirst().levels().percentInTime()).isEqualTo(75.0);
    }

    @Test
    void chatsAreCountedAgainstTheChatsOneMinuteTarget() {
        chat("2013-02-05T10:00:00Z", 60, 360);
        chat("2013-02-06T10:00:00Z", 61, 121);
        chat("2013-03-10T10:00:00Z", null, 30);

        var range = queues.between(Queue.CHAT, FROM, TO);

        assertThat(range.answerTarget()).isEqualTo(Duration.ofSeconds(60));
        // the average wait is 60.5 seconds, rounded
        assertThat(range.months()).containsExactly(
                new MonthLevels(FROM, new Levels(2, 1, 0, Duration.ofSeconds(61), Duration.ofSeconds(180))),
                new MonthLevels(LocalDate.of(2013, 3, 1), new Levels(0, 0, 1, null, null)));
        assertThat(range.months().get(1).levels().percentAbandoned()).isEqualTo(100.0);
        assertThat(range.total()).isEqualTo(new Levels(2, 1, 1, Duration.ofSeconds(61), Duration.ofSeconds(180)));
        assertThat(range.total().percentInTime()).isEqualTo(100.0 / 3);
        assertThat(queues.between(Queue.CHAT, LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 30)).total())
                .isEqualTo(new Levels(0, 0, 0, null, null));
        assertThat(queues.between(Queue.CHAT, LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 30)).total()
                .percentInTime()).isNull();
    }

    /** A call answered this many seconds after it was queued (null: abandoned) and ended this many after queueing. */
    private void call(String queuedAt, Integer answeredAfter, Integer endedAfter) {
        var id = UUID.randomUUID();
        var queued = Instant.parse(queuedAt);
        // a reference, as for a call that became a report, so no retention rule takes it during the test
        jdbc.sql("""
                        INSERT INTO relay_call (id, token_hash, status, queued_at, caller_seen_at, answered_at, ended_at,
                                                reference)
                        VALUES (:id, :token, :status, :queued, :queued, :answered, :ended, 'QUEUE-LEVELS-TEST')""")
                .param("id", id).param("token", "queue-levels-test-" + id).param("status", status(answeredAfter,
                        endedAfter)).param("queued", Timestamp.from(queued))
                .param("answered", after(queued, answeredAfter)).param("ended", after(queued, endedAfter)).update();
        calls.add(id);
    }

    private void chat(String queuedAt, Integer answeredAfter, Integer endedAfter) {
        var id = UUID.randomUUID();
        var queued = Instant.parse(queuedAt);
        jdbc.sql("""
                        INSERT INTO chat (id, key_hash, status, about, queued_at, last_heard_at, answered_at,
                                          answered_by, ended_at, reference)
                        VALUES (:id, :key, :status, 'A lost wallet', :queued, :queued, :answered, :handler, :ended,
                                'QUEUE-LEVELS-TEST')""")
                .param("id", id).param("key", "queue-levels-test-" + id).param("status", status(answeredAfter,
                        endedAfter)).param("queued", Timestamp.from(queued))
                .param("answered", after(queued, answeredAfter))
                .param("handler", answeredAfter == null ? null : "handler.one")
                .param("ended", after(queued, endedAfter)).update();
        chats.add(id);
    }

    private static String status(Integer answeredAfter, Integer endedAfter) {
        return answeredAfter == null ? "abandoned" : endedAfter == null ? "answered" : "ended";
    }

    private static Timestamp after(Instant queued, Integer seconds) {
        return seconds == null ? null : Timestamp.from(queued.plusSeconds(seconds));
    }
}
