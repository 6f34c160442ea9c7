package org.bluelamp.integration.feed;

import org.bluelamp.BluelampTest;
import org.bluelamp.contact.ContactReopened;
import org.bluelamp.contact.CrimeNumberRecorded;
import org.bluelamp.contact.OfficerInChargeNamed;
import org.bluelamp.contact.ResultOutcome;
import org.bluelamp.contact.ResultRecorded;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The feed's rows: one per event, positions in order with no gaps however many contacts arrive at once. */
@BluelampTest
class FeedWriterTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FeedEvents feed;

    @Autowired
    FeedPruning pruning;

    @Test
    void twentyContactsOpenedAtOnceTakeTwentyPositionsWithNoGapsAndOneRowEach() throws Exception {
        var references = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            references.add(Reference.random("TS", RANDOM).value());
        }
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(20)) {
            var sent = references.stream().map(reference -> threads.submit(() -> {
                start.await();
                transactions.executeWithoutResult(status -> events.publishEvent(received(reference)));
                return null;
            })).toList();
            start.countDown();
            for (var one : sent) {
                one.get();
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count(references) == 20);

        var positions = jdbc.sql("SELECT position FROM api_event WHERE reference IN (:r) ORDER BY position")
                .param("r", references).query(Long.class).list();
        long first = positions.getFirst();
        long last = positions.getLast();
        assertThat(jdbc.sql("SELECT count(*) FROM api_event WHERE position BETWEEN :first AND :last")
                .param("first", first).param("last", last).query(Long.class).single())
                .as("every position from the first to the last is taken").isEqualTo(last - first + 1);
        assertThat(jdbc.sql("SELECT count(DISTINCT reference) FROM api_event WHERE reference IN (:r) AND kind = 'received'")
                .param("r", references).query(Integer.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("SELECT max(last_position) FROM api_feed_head").query(Long.class).single())
                .isGreaterThanOrEqualTo(last);
    }

    @Test
    void anEventPublishedAgainIsNotWrittenTwice() {
        var reference = Reference.random("TS", RANDOM).value();
        transactions.executeWithoutResult(status -> events.publishEvent(received(reference)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(List.of(reference)) == 1);
        var contactId = jdbc.sql("SELECT id FROM contact WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();

        var reopened = new ContactReopened(contactId, Reference.stored(reference), null, "Rang back",
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        transactions.executeWithoutResult(status -> events.publishEvent(reopened));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(List.of(reference)) == 2);
        transactions.executeWithoutResult(status -> events.publishEvent(reopened));
        awaitListenersDone(reference);

        assertThat(jdbc.sql("SELECT kind FROM api_event WHERE reference = :r ORDER BY position").param("r", reference)
                .query(String.class).list()).containsExactly("received", "reopened");
        var id = jdbc.sql("SELECT event_id FROM api_event WHERE reference = :r AND kind = 'reopened'")
                .param("r", reference).query(UUID.class).single();
        assertThat(id).isEqualTo(FeedEvents.idOf(FeedKind.REOPENED, contactId, reopened.at()));
        long before = feed.latest();
        Boolean written = transactions.execute(status -> feed.append(id, FeedKind.REOPENED, contactId,
                Reference.stored(reference), reopened.at(), Map.of()));
        assertThat(written).as("written already").isFalse();
        assertThat(feed.latest()).as("no position taken").isEqualTo(before);
    }

    @Test
    void whatTheRecordsSystemWritesBackIsInTheFeedWithoutNamesOrWords() {
        var reference = Reference.random("TS", RANDOM).value();
        transactions.executeWithoutResult(status -> events.publishEvent(received(reference)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(List.of(reference)) == 1);
        var contactId = jdbc.sql("SELECT id FROM contact WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();
        var at = Instant.now().truncatedTo(ChronoUnit.MICROS);

        transactions.executeWithoutResult(status -> events.publishEvent(new CrimeNumberRecorded(contactId,
                Reference.stored(reference), null, "CR/0042/26", at)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(List.of(reference)) == 2);
        transactions.executeWithoutResult(status -> events.publishEvent(new OfficerInChargeNamed(contactId,
                Reference.stored(reference), null, "DC Jo Bloggs", "4471", at)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(List.of(reference)) == 3);
        transactions.executeWithoutResult(status -> events.publishEvent(new ResultRecorded(contactId,
                Reference.stored(reference), null, ResultOutcome.CHARGED, "Jo's neighbour was charged", at)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(List.of(reference)) == 4);

        assertThat(jdbc.sql("SELECT kind || ' ' || data::text FROM api_event WHERE reference = :r ORDER BY position")
                .param("r", reference).query(String.class).list()).containsExactly(
                "received {\"channel\": \"online\", \"service\": \"crime\"}",
                "crime-number {\"crimeNumber\": \"CR/0042/26\"}",
                "officer-in-charge {}",
                "result {\"outcome\": \"charged\"}");
    }

    @Test
    void pruningLeavesRecentEventsAndPositionsKeepGoingUp() {
        var reference = Reference.random("TS", RANDOM).value();
        transactions.executeWithoutResult(status -> events.publishEvent(received(reference)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(List.of(reference)) == 1);
        long latest = feed.latest();

        pruning.prune();
        assertThat(count(List.of(reference))).as("written just now: kept").isEqualTo(1);
        jdbc.sql("UPDATE api_event SET recorded_at = recorded_at - INTERVAL '31 days' WHERE reference = :r")
                .param("r", reference).update();
        assertThat(pruning.prune()).isGreaterThanOrEqualTo(1);
        assertThat(count(List.of(reference))).isZero();
        assertThat(feed.latest()).as("the head remembers the last position given").isGreaterThanOrEqualTo(latest);

        var next = Reference.random("TS", RANDOM).value();
        transactions.executeWithoutResult(status -> events.publishEvent(received(next)));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(List.of(next)) == 1);
        assertThat(jdbc.sql("SELECT position FROM api_event WHERE reference = :r").param("r", next)
                .query(Long.class).single()).isGreaterThan(latest);
    }

    private static ReportSubmitted received(String reference) {
        return new ReportSubmitted(UUID.randomUUID(), Reference.stored(reference), "crime", "Report a crime",
                Instant.now(), "crime-bureau", Priority.STANDARD, false);
    }

    private int count(List<String> references) {
        return jdbc.sql("SELECT count(*) FROM api_event WHERE reference IN (:r)").param("r", references)
                .query(Integer.class).single();
    }

    private void awaitListenersDone(String reference) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND serialized_event LIKE :r""")
                .param("r", "%" + reference + "%").query(Integer.class).single() == 0);
    }
}
