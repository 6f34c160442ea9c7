package org.bluelamp.privacy;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention review over more records than a page holds, in {@link RetentionReviewTest}'s application. */
@BluelampTest
@Import(MovableClock.class)
@TestPropertySource(properties = RetentionReviewTest.OWN_CONTEXT)
class RetentionBacklogTest {

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    List<RetainedRecords> kinds;

    @Autowired
    Reviews reviews;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    /**
     * A backlog is read and listed a page at a time (two records a page here; 2,000 in life), each page in its own
     * transaction: contacts received at the same moment are neither skipped nor listed twice, and an open review the
     * run did not find again leaves the list when it ends.
     */
    @Test
    void aBacklogIsListedAPageAtATimeAndAnOpenReviewTheRunDidNotFindLeavesTheList() {
        var people = new RetentionPeople(port, jdbc, clock, staffAccounts);
        people.moveTo(people.today().plusDays(1));
        List<String> references = IntStream.rangeClosed(1, 5).mapToObj(i -> OnlineReports.crime(port, jdbc,
                "Retention backlog " + i + ": my bicycle was taken from the rack.")).toList();
        people.eventsHandled();
        jdbc.sql("""
                        UPDATE contact SET received_at = (SELECT received_at FROM contact WHERE reference = :first)
                        WHERE reference = ANY(:others::text[])""")
                .param("first", references.getFirst())
                .param("others", references.subList(1, 4).toArray(String[]::new)).update();
        jdbc.sql("""
                        INSERT INTO retention_review (id, record_kind, record_ref, rule, last_activity_on, due_on,
                                                      listed_at, found_at, status)
                        VALUES (gen_random_uuid(), 'contact', 'GONE-0001', 'crime', :today, :today, now(), now(), 'due')""")
                .param("today", Date.valueOf(people.today())).update();

        people.moveTo(people.today().plusYears(6));
        int listed = new DueForReview(kinds, reviews, transactions, clock, 2).list();

        assertThat(people.dueReferences()).containsAll(references).doesNotContain("GONE-0001")
                .as("each record once, and every one counted").hasSize(listed).doesNotHaveDuplicates();
    }
}
