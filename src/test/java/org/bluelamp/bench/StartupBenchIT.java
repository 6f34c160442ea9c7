package org.bluelamp.bench;

import org.bluelamp.BluelampProcess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Start-up to ready, and the JVM's memory after a run of journeys, for ways of running the jar side by side.
 * Each variant is started on a data folder that already exists (as every start but the first is), several times.
 * {@code -Dbench.variants="name=base extra-jvm-options;..."} names them, where the base is {@code bin/run} (as
 * bin/run starts it) or {@code plain} (the jar Maven builds, JVM defaults); the default is bin/run's way alone.
 */
class StartupBenchIT {

    private static final Pattern STARTED = Pattern.compile("Started BluelampApplication in ([0-9.]+) seconds");

    private record Variant(String name, BluelampProcess.Launch launch) {
    }

    @Test
    void eachWayOfRunningStartsAndServesJourneys() throws Exception {
        int starts = BenchSettings.integer("starts", 1);
        Path run = BenchSettings.RESULTS.resolve("startup-" + UUID.randomUUID()).toAbsolutePath();
        var table = new StringJoiner("\n").add("""
                | variant | starts | ready in, median s | Spring's own start, median s | JVM RSS after journeys, MB |
                |---|---:|---:|---:|---:|""");
        for (var variant : variants()) {
            Path data = run.resolve(variant.name()).resolve("data");
            BluelampProcess.start(data, run.resolve(variant.name()).resolve("first.log"), variant.launch())
                    .awaitReady().stop(Duration.ofSeconds(30));
            var ready = new ArrayList<Double>();
            var spring = new ArrayList<Double>();
            long rss = 0;
            for (int i = 1; i <= starts; i++) {
                long start = System.nanoTime();
                var app = BluelampProcess.start(data, run.resolve(variant.name()).resolve("start-" + i + ".log"),
                        variant.launch()).awaitReady();
                ready.add((System.nanoTime() - start) / 1e9);
                // The port answers a moment before Spring logs that it has started.
                var started = await("start-up line in the log").atMost(Duration.ofSeconds(30))
                        .until(() -> STARTED.matcher(app.log()).results().findFirst(), Optional::isPresent).get();
                spring.add(Double.parseDouble(started.group(1)));
                if (i == starts) {
                    var journeys = JourneyLoad.run(app.port(), 16, 4, Duration.ofMinutes(2));
                    assertThat(journeys.failed()).isZero();
                    rss = residentMegabytes(app.pid());
                }
                assertThat(app.stop(Duration.ofSeconds(30))).isPresent();
            }
            table.add("| %s | %d | %.2f | %.2f | %d |".formatted(variant.name(), starts, median(ready), median(spring),
                    rss));
        }
        BenchSettings.report("startup", "Start-up and memory (" + BenchSettings.machine() + ")", table.toString());
    }

    private static List<Variant> variants() {
        String spec = BenchSettings.text("variants", "bin/run=bin/run");
        return Arrays.stream(spec.split(";")).map(v -> v.split("=", 2)).map(v -> {
            var words = Arrays.stream(v[1].strip().split(" +")).filter(w -> !w.isBlank()).toList();
            var base = words.getFirst().equals("plain") ? BluelampProcess.Launch.PLAIN : BluelampProcess.Launch.BIN_RUN;
            return new Variant(v[0].strip(), base.with(words.subList(1, words.size())));
        }).toList();
    }

    private static long residentMegabytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                .mapToLong(Long::parseLong).findFirst().orElseThrow() / 1024;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
