package org.bluelamp.bench;

import org.bluelamp.BluelampProcess;
import org.bluelamp.WebSession;
import org.bluelamp.relay.CallerSignal;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deaf callers joining the BSL relay's queue all at once (a surge after a local incident), against the jar: each
 * checks their camera, joins, opens the signalling connection and is told their place. Then the first caller leaves,
 * and every caller behind must be told their new place. Fails if any caller is not told, or told wrong; never on speed.
 * {@code bench/relay-queue.sh} runs it at 16, 64 and 256 callers.
 */
class RelayQueueBenchIT {

    private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");

    @Test
    void everyCallerJoinsAndHearsTheirPlaceWhenTheQueueMoves() throws Exception {
        var sizes = BenchSettings.integers("callers", "8");
        Path run = BenchSettings.RESULTS.resolve("relay-" + UUID.randomUUID()).toAbsolutePath();
        // Open all day, whatever the time the benchmark runs.
        var app = BluelampProcess.start(run.resolve("data"), run.resolve("bluelamp.log"),
                "--bluelamp.relay.hours.opens=00:00", "--bluelamp.relay.hours.closes=23:59").awaitReady();
        var table = new StringJoiner("\n")
                .add("| callers at once | joined | told their place | join p50 ms | join p95 ms | join p99 ms | all told of a move, ms |")
                .add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        try {
            for (int size : sizes) {
                table.add(surge(app.port(), size));
            }
            BenchSettings.report("relay-queue", "BSL relay queue surges (" + BenchSettings.machine() + ")",
                    table.toString());
        } finally {
            app.stop(java.time.Duration.ofSeconds(30));
        }
    }

    private static String surge(int port, int size) throws Exception {
        var joined = new ArrayList<Joined>();
        var times = new Samples();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var tasks = new ArrayList<Callable<Joined>>();
            for (int i = 0; i < size; i++) {
                tasks.add(() -> join(port));
            }
            for (var future : pool.invokeAll(tasks)) {
                joined.add(future.get());
            }
        }
        joined.forEach(caller -> times.add(caller.nanos()));
        var sorted = Samples.merge(List.of(times));
        // Place 1 leaves; every caller behind is told their new place, and together they are places 1 to size - 1.
        // (A place told on joining can be one out while others join at the same moment; this one cannot.)
        joined.sort((a, b) -> Integer.compare(a.position(), b.position()));
        long start = System.nanoTime();
        joined.getFirst().session().post("/bsl/call/leave");
        var places = new ArrayList<Integer>();
        for (var caller : joined.subList(1, joined.size())) {
            places.add(positionIn(caller.signal().next("queue")));
        }
        places.sort(Integer::compare);
        assertThat(places).as("the new places").isEqualTo(java.util.stream.IntStream.range(1, size).boxed().toList());
        int told = places.size() + 1;
        double moveMillis = (System.nanoTime() - start) / 1_000_000.0;
        for (var caller : joined) {
            caller.session().post("/bsl/call/leave");
            caller.signal().close();
        }
        return String.format(Locale.UK, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f |", size, joined.size(), told,
                sorted.percentileMillis(50), sorted.percentileMillis(95), sorted.percentileMillis(99), moveMillis);
    }

    private record Joined(WebSession session, CallerSignal signal, int position, long nanos) {
    }

    private static Joined join(int port) throws InterruptedException {
        long start = System.nanoTime();
        var caller = new WebSession(port);
        caller.get("/bsl/check");
        var call = caller.post("/bsl/call");
        assertThat(call.status()).isEqualTo(200);
        var signal = CallerSignal.connect(port, "/bsl/call/signal", CallerSignal.keyOf(caller));
        int position = positionIn(signal.next("queue"));
        return new Joined(caller, signal, position, System.nanoTime() - start);
    }

    private static int positionIn(String message) {
        var matcher = POSITION.matcher(message);
        assertThat(matcher.find()).as("a place in %s", message).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
