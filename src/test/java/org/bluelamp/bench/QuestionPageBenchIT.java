package org.bluelamp.bench;

import org.bluelamp.BluelampProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question page asked for by many people at once, after a warm-up. Fails on any failed request, never on speed.
 * {@code bench/question-page.sh} runs it at 64 people for 20 seconds.
 */
class QuestionPageBenchIT {

    @Test
    void everyRequestForAQuestionPageSucceeds() throws Exception {
        var concurrencies = BenchSettings.integers("concurrency", "8");
        var warmUp = BenchSettings.duration("warm-up", "2s");
        var measure = BenchSettings.duration("measure", "2s");
        Path run = BenchSettings.RESULTS.resolve("question-page-" + UUID.randomUUID()).toAbsolutePath();
        var app = BluelampProcess.start(run.resolve("data"), run.resolve("bluelamp.log"), BenchSettings.appArguments())
                .awaitReady();
        try {
            var table = new StringJoiner("\n").add(QuestionPageLoad.Result.header());
            for (int concurrency : concurrencies) {
                var result = QuestionPageLoad.run(app.port(), concurrency, warmUp, measure);
                table.add(result.row());
                assertThat(result.failures()).as("failed requests at %d people", concurrency).isZero();
                assertThat(result.requests()).isPositive();
            }
            BenchSettings.report("question-page", "A question page (" + BenchSettings.machine() + ")",
                    table.toString());
        } finally {
            app.stop(Duration.ofSeconds(30));
        }
    }
}
