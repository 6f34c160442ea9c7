package org.bluelamp.bench;

import org.bluelamp.BluelampProcess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The retention review over a backlog, against the jar (as bin/run starts it: 384 MB of heap): three years of
 * contacts made in SQL ({@link InsightBenchData}) that no review has seen, as when a force migrates its contacts in
 * or the review was paused; then Bluelamp started on them with its first review a second after it starts. Measured:
 * the first review, which lists every lapsed record, and the second (after a restart), which finds them all again,
 * as every hourly run does while the backlog waits for reviewers. Fails if a review does not finish within
 * {@code patience}, or lists a record twice or one that is not there; never on speed. CI runs 2,000 contacts;
 * {@code bench/retention.sh} 5 million.
 */
class RetentionBenchIT {

    private static final Pattern REVIEWED = Pattern.compile(
            "Retention review: (\\d+) records due for review; \\d+ access log entries past their rule removed; "
                    + "([0-9.]+) s");
    /** The insight figures are not counted meanwhile: only the review is measured. */
    private static final String[] REVIEW_SOON = {"--bluelamp.privacy.retention.first-review-after=PT1S",
            "--bluelamp.insight.refresh-every=P1D", "--bluelamp.insight.repeats-every=P1D"};
    private static final String[] NO_REVIEW = {"--bluelamp.privacy.retention.first-review-after=P1D",
            "--bluelamp.insight.refresh-every=P1D", "--bluelamp.insight.repeats-every=P1D"};

    /** One review: what it listed and how long it took, and what the list holds after it. */
    private record Reviewed(long listed, double seconds, long due, long records, long missing, String byKind) {
    }

    @Test
    void aBacklogOfContactsNoReviewHasSeenIsListedAPageAtATime() throws Exception {
        int contacts = BenchSettings.integer("contacts", 2000);
        Duration patience = BenchSettings.duration("patience", "10m");
        var folder = BenchFolder.forRun("retention");
        try {
            Path data = folder.data();
            var made = folder.reused() ? found(data) : make(data, contacts);
            var first = review(data, 1, patience);
            var second = review(data, 2, patience);
            for (var reviewed : new Reviewed[]{first, second}) {
                assertThat(reviewed.listed()).as("records listed").isPositive().isEqualTo(reviewed.due());
                assertThat(reviewed.records()).as("each record listed once").isEqualTo(reviewed.due());
                assertThat(reviewed.missing()).as("contacts listed that are not there").isZero();
            }
            assertThat(second.listed()).as("the second review finds them all again")
                    .isGreaterThanOrEqualTo(first.listed());
            BenchSettings.report("retention", String.format(Locale.UK, "The retention review over %,d contacts (%s)",
                    made.contacts(), BenchSettings.machine()), String.format(Locale.UK, """
                            Made %s (%,d contacts, %,d relay calls, %,d chats, %,d subject access requests), none \
                            reviewed before.

                            | review | records listed | by kind | seconds |
                            |---|---:|---|---:|
                            | first: every lapsed record listed | %,d | %s | %.1f |
                            | second: every one found again | %,d | %s | %.1f |""",
                    InsightBenchIT.made(made, folder), made.contacts(), made.relayCalls(), made.chats(),
                    made.accessRequests(),
                    first.listed(), first.byKind(), first.seconds(), second.listed(), second.byKind(),
                    second.seconds()));
        } finally {
            folder.cleanUp();
        }
    }

    private static InsightBenchData.Made found(Path data) throws Exception {
        var app = BluelampProcess.start(data, BenchSettings.RESULTS.resolve("retention-make.log").toAbsolutePath(),
                NO_REVIEW).awaitReady();
        try {
            return InsightBenchData.found(app.database());
        } finally {
            app.stop(Duration.ofSeconds(60));
        }
    }

    private static InsightBenchData.Made make(Path data, int contacts) throws Exception {
        var app = BluelampProcess.start(data, BenchSettings.RESULTS.resolve("retention-make.log").toAbsolutePath(),
                NO_REVIEW).awaitReady();
        try {
            return InsightBenchData.fill(app.database(), contacts);
        } finally {
            app.stop(Duration.ofSeconds(60));
        }
    }

    /** Starts Bluelamp on the folder with its first review a second away, and waits for the review's line. */
    private static Reviewed review(Path data, int number, Duration patience) throws Exception {
        var app = BluelampProcess.start(data, BenchSettings.RESULTS.resolve("retention-" + number + ".log")
                .toAbsolutePath(), REVIEW_SOON).awaitReady();
        try {
            MatchResult line = await("review " + number).atMost(patience).pollInterval(Duration.ofSeconds(1))
                    .until(() -> REVIEWED.matcher(app.log()).results().findFirst().orElse(null), found -> {
                        assertThat(app.alive()).as("Bluelamp is still running; its log: %s", app.log()).isTrue();
                        return found != null;
                    });
            var db = JdbcClient.create(app.database());
            // The review's lease lasts an hour, so that no instance reviews again sooner: the next start is as if the
            // hour had passed.
            db.sql("UPDATE scheduled_job SET lock_until = now() WHERE name = 'privacy.retention-review'").update();
            return new Reviewed(Long.parseLong(line.group(1)), Double.parseDouble(line.group(2)),
                    db.sql("SELECT count(*) FROM retention_review WHERE status = 'due'").query(Long.class).single(),
                    db.sql("""
                            SELECT count(DISTINCT (record_kind, record_ref)) FROM retention_review
                            WHERE status = 'due'""").query(Long.class).single(),
                    db.sql("""
                            SELECT count(*) FROM retention_review r
                            WHERE r.status = 'due' AND r.record_kind = 'contact'
                              AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.reference = r.record_ref)""")
                            .query(Long.class).single(),
                    db.sql("""
                            SELECT string_agg(format('%s %s', record_kind, to_char(n, 'FM9,999,999')), ', '
                                              ORDER BY n DESC)
                            FROM (SELECT record_kind, count(*) AS n FROM retention_review WHERE status = 'due'
                                  GROUP BY record_kind) k""").query(String.class).single());
        } finally {
            app.stop(Duration.ofSeconds(60));
        }
    }
}
