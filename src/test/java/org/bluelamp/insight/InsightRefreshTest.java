package org.bluelamp.insight;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh counts again only the days whose contacts changed, or whose running deadlines passed, since the last.
 * Two days in winter 2022 (GMT) that no other test uses.
 */
@InsightTest
class InsightRefreshTest {

    private static final LocalDate MONDAY = LocalDate.of(2022, 1, 10);
    private static final LocalDate TUESDAY = LocalDate.of(2022, 1, 11);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InsightRefresh refresh;

    @Test
    void aSecondRefreshCountsAgainOnlyTheDayOfTheContactThatChanged() {
        UUID monday = RollupContacts.add(jdbc, "RU22-M1", "phone", "crime", null, "2022-01-10T09:00:00Z",
                "2022-01-10T10:00:00Z", null, "new", null);
        RollupContacts.add(jdbc, "RU22-T1", "online", "crime", null, "2022-01-11T09:00:00Z", "2022-01-11T10:00:00Z",
                null, "new", null);
        jdbc.sql("UPDATE insight_refresh SET activity_seen = NULL").update();
        assertThat(refresh.refresh()).contains(MONDAY, TUESDAY);
        assertThat(firstContact(MONDAY)).isEqualTo("1 0 0 1");
        assertThat(firstContact(TUESDAY)).isEqualTo("1 0 0 1");

        // Tuesday's row is spoilt on purpose: a recount would put it right
        jdbc.sql("UPDATE insight_contact_day SET received = 99 WHERE day = :day").param("day", TUESDAY).update();
        Instant now = Instant.now();
        jdbc.sql("UPDATE contact SET first_contact_at = :now, last_activity_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", monday).update();
        assertThat(refresh.refresh()).contains(MONDAY).doesNotContain(TUESDAY);

        assertThat(firstContact(MONDAY)).isEqualTo("1 0 1 0");
        assertThat(firstContact(TUESDAY)).isEqualTo("99 0 0 1");
        assertThat(refresh.lastRefreshed().orElseThrow()).isAfterOrEqualTo(now);
    }

    @Test
    void aDeadlinePassingAloneBringsItsDayBack() {
        RollupContacts.add(jdbc, "RU22-W1", "phone", "crime", null, "2022-01-12T09:00:00Z", "2022-01-12T10:00:00Z",
                "2022-01-19T09:00:00Z", "in-progress", "2022-01-13T09:00:00Z");
        Instant longAgo = Instant.parse("2022-01-01T00:00:00Z");
        LocalDate wednesday = LocalDate.of(2022, 1, 12);
        // each of its clocks passes in turn; the soonest (first contact) has long passed when the others do
        assertThat(refresh.changedDays(Instant.now(), Instant.parse("2022-01-12T09:59:00Z"),
                Instant.parse("2022-01-12T10:01:00Z"))).contains(wednesday);
        assertThat(refresh.changedDays(Instant.now(), Instant.parse("2022-01-13T08:59:00Z"),
                Instant.parse("2022-01-13T09:01:00Z"))).contains(wednesday);
        assertThat(refresh.changedDays(Instant.now(), Instant.parse("2022-01-19T08:59:00Z"),
                Instant.parse("2022-01-19T09:01:00Z"))).contains(wednesday);
        assertThat(refresh.changedDays(Instant.now(), Instant.parse("2022-01-14T00:00:00Z"),
                Instant.parse("2022-01-15T00:00:00Z"))).doesNotContain(wednesday);
        assertThat(refresh.changedDays(longAgo, Instant.now(), Instant.now())).contains(wednesday);
    }

    /** received, in time, late, overdue */
    private String firstContact(LocalDate day) {
        return jdbc.sql("""
                        SELECT sum(received) || ' ' || sum(first_contact_in_time) || ' ' || sum(first_contact_late)
                               || ' ' || sum(first_contact_overdue)
                        FROM insight_contact_day WHERE day = :day""")
                .param("day", day).query(String.class).single();
    }
}
