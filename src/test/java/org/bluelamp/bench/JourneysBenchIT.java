package org.bluelamp.bench;

import org.bluelamp.BluelampProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complete report journeys at rising concurrency against the jar. Fails on any failed journey or server error,
 * never on speed. {@code bench/journeys.sh} runs it at 1, 16, 64 and 256 people.
 */
class JourneysBenchIT {

    @Test
    void everyJourneyCompletesWithNoServerErrorAtEachConcurrency() throws Exception {
        var concurrencies = BenchSettings.integers("concurrency", "1,8");
        int journeysEach = BenchSettings.integer("journeys-each", 2);
        var limit = BenchSettings.duration("limit", "2m");
        Path run = BenchSettings.RESULTS.resolve("journeys-" + UUID.randomUUID()).toAbsolutePath();
        var app = BluelampProcess.start(run.resolve("data"), run.resolve("bluelamp.log"),
                BenchSettings.appArguments()).awaitReady();
        try {
            JourneyLoad.run(app.port(), 4, 2, limit);
            var table = new StringJoiner("\n").add(JourneyLoad.Result.header());
            for (int concurrency : concurrencies) {
                var result = JourneyLoad.run(app.port(), concurrency, journeysEach, limit);
                table.add(result.row());
                assertThat(result.serverErrors()).as("5xx at %d people", concurrency).isZero();
                assertThat(result.failed()).as("failed journeys at %d people", concurrency).isZero();
                assertThat(result.completed()).isPositive();
            }
            BenchSettings.report("journeys", "Report journeys, JavaScript off (" + BenchSettings.machine() + ")",
                    table.toString());
        } finally {
            app.stop(java.time.Duration.ofSeconds(30));
        }
    }
}
