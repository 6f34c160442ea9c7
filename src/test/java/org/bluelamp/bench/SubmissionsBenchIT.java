package org.bluelamp.bench;

import org.bluelamp.BluelampProcess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports sent back to back by many people at once, each committed durably (fsync on) before its reference is
 * shown, then every contact opened from the outbox. Fails if any is lost or doubled, never on speed.
 * {@code bench/submissions.sh} sends 20,000 to warm up, then 10,000 at 64 at once.
 */
class SubmissionsBenchIT {

    @Test
    void everyReportSentIsStoredOnceAndOpensOneContact() throws Exception {
        var concurrencies = BenchSettings.integers("concurrency", "8");
        int count = BenchSettings.integer("count", 100);
        int warmUp = BenchSettings.integer("warm-up-count", 50);
        Path run = BenchSettings.RESULTS.resolve("submissions-" + UUID.randomUUID()).toAbsolutePath();
        var app = BluelampProcess.start(run.resolve("data"), run.resolve("bluelamp.log"), BenchSettings.appArguments())
                .awaitReady();
        try {
            var db = JdbcClient.create(app.database());
            // Not counted: sent first so the JIT has compiled the paths, as on a server that has been up a while.
            SubmissionLoad.run(app.port(), db, concurrencies.getFirst(), warmUp);
            var table = new StringJoiner("\n").add(SubmissionLoad.Result.header());
            for (int concurrency : concurrencies) {
                var result = SubmissionLoad.run(app.port(), db, concurrency, count);
                table.add(result.row());
                assertThat(result.failures()).as("failed submissions at %d at once", concurrency).isZero();
            }
            long reports = db.sql("SELECT count(*) FROM report").query(Long.class).single();
            assertThat(db.sql("SELECT count(DISTINCT report_id) FROM contact").query(Long.class).single())
                    .isEqualTo(reports);
            assertThat(db.sql("SELECT count(*) FROM contact").query(Long.class).single()).isEqualTo(reports);
            BenchSettings.report("submissions", "Durable submissions, fsync on (" + BenchSettings.machine() + ")",
                    table.toString());
        } finally {
            app.stop(Duration.ofSeconds(30));
        }
    }
}
