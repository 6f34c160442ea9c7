package org.bluelamp.contact;

import org.bluelamp.BluelampTest;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportSubmitted;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What staff do to a contact reaches the force's feed: each action publishes its event once, and the feed holds one
 * row for each, in the order they were done, with codes and categories only.
 */
@BluelampTest
class ContactEventsInTheFeedTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final StaffMember SUPERVISOR = new StaffMember("feed.supervisor", "Sam Supervisor", "response-east",
            Set.of(StaffRole.SUPERVISOR));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactWork work;

    @Autowired
    Contacts contacts;

    @Autowired
    ContactChoices choices;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    record Row(long position, String kind, String reference, Instant occurredAt, String data) {
    }

    @Test
    void eachActionOnAContactIsOneRowOfTheFeedInTheOrderDoneWithNoWordsAnyoneWrote() {
        var reference = Reference.random("TS", RANDOM);
        var received = Instant.parse("2026-12-01T10:00:00Z");
        transactions.executeWithoutResult(status -> events.publishEvent(new ReportSubmitted(UUID.randomUUID(),
                reference, "crime", "Report a crime", received, "crime-bureau", Priority.STANDARD, true)));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(reference).size() == 1);

        work.assess(contact(reference), SUPERVISOR, new Assessment(null, null, null, null, "t", "h", "r", "i", "v", "e",
                Risk.HIGH, List.of(), Grading.PRIORITY, "Crime"));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(reference).size() == 2);
        work.assess(contact(reference), SUPERVISOR, new Assessment(null, null, null, null, "t", "h", "r", "i", "v", "e",
                Risk.MEDIUM, List.of(), Grading.SCHEDULED, "Crime"));
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(reference).size() == 3);
        var classification = choices.crimeClassifications().getFirst();
        work.decideCrime(contact(reference), SUPERVISOR, true, classification, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(reference).size() == 4);
        work.allocate(contact(reference), SUPERVISOR, "response-east", SUPERVISOR);
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(reference).size() == 5);
        work.close(contact(reference), SUPERVISOR, "Alex Example was told the suspect was cautioned", "Crime");
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(reference).size() == 6);
        work.reopen(contact(reference), SUPERVISOR, "Alex Example rang back with more");
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(reference).size() == 7);

        var rows = rows(reference);
        assertThat(rows).extracting(Row::kind).containsExactly("received", "assessed", "assessed", "crime-decision",
                "allocated", "closed", "reopened");
        assertThat(rows).extracting(Row::data).containsExactly(
                "{\"channel\": \"online\", \"service\": \"crime\"}",
                "{\"risk\": \"high\", \"grading\": \"priority\", \"reassessment\": false}",
                "{\"risk\": \"medium\", \"grading\": \"scheduled\", \"reassessment\": true}",
                "{\"recorded\": true, \"classification\": \"" + classification.code() + "\"}",
                "{\"team\": \"response-east\", \"officer\": true}",
                "{\"filed\": false, \"category\": \"Crime\"}",
                "{}");
        assertThat(rows.getFirst().occurredAt()).isEqualTo(received);
        assertThat(rows).extracting(Row::reference).containsOnly(reference.value());
        assertThat(rows).extracting(Row::position).isSorted().doesNotHaveDuplicates();
        assertThat(rows).extracting(Row::data).noneMatch(data -> data.contains("Alex") || data.contains("feed."));
    }

    private Contact contact(Reference reference) {
        return contacts.withReference(reference, new ContactScope(true, "response-east", null)).orElseThrow();
    }

    private List<Row> rows(Reference reference) {
        return jdbc.sql("""
                        SELECT position, kind, reference, occurred_at, data::text AS data FROM api_event
                        WHERE contact_id = (SELECT id FROM contact WHERE reference = :r) ORDER BY position""")
                .param("r", reference.value())
                .query((rs, row) -> new Row(rs.getLong("position"), rs.getString("kind"), rs.getString("reference"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("data")))
                .list();
    }
}
