package org.bluelamp.bench;

import org.bluelamp.CrimeJourneySteps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One question page asked for again and again by many people at once, each with a draft of their own: the cost of
 * the commonest request (find the draft, render the page). A warm-up first, not counted, so the JIT has compiled
 * the hot paths as it would have on a server that has been up a while.
 */
final class QuestionPageLoad {

    record Result(int concurrency, int requests, int failures, Duration measured, Samples latencies) {

        double requestsPerSecond() {
            return requests / (measured.toNanos() / 1e9);
        }

        String row() {
            return "| %d | %.0f | %d | %.0f | %.1f | %.1f | %.1f |".formatted(concurrency, measured.toMillis() / 1000.0,
                    failures, requestsPerSecond(), latencies.percentileMillis(50), latencies.percentileMillis(95),
                    latencies.percentileMillis(99));
        }

        static String header() {
            return """
                    | concurrent | seconds | failures | requests/s | p50 ms | p95 ms | p99 ms |
                    |---:|---:|---:|---:|---:|---:|---:|""";
        }
    }

    private record Worker(int requests, int failures, Samples latencies) {
    }

    private static final String PAGE = CrimeJourneySteps.STEPS.getFirst().path();

    private QuestionPageLoad() {
    }

    static Result run(int port, int concurrency, Duration warmUp, Duration measure) throws Exception {
        var http = LoadBrowser.sharedClient();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        List<Future<Worker>> workers = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                workers.add(executor.submit(() -> ask(http, port, measureFrom, measureUntil)));
            }
        }
        int requests = 0;
        int failures = 0;
        var latencies = new ArrayList<Samples>();
        for (var worker : workers) {
            requests += worker.get().requests();
            failures += worker.get().failures();
            latencies.add(worker.get().latencies());
        }
        return new Result(concurrency, requests, failures, measure, Samples.merge(latencies));
    }

    private static Worker ask(java.net.http.HttpClient http, int port, long measureFrom, long measureUntil) {
        var warm = new LoadBrowser(http, port, new Samples());
        CrimeReports.start(warm);
        var measured = new Samples();
        var browser = new LoadBrowser(http, port, measured);
        browser.cookie("bluelamp_draft", warm.cookie("bluelamp_draft"));
        while (System.nanoTime() < measureFrom) {
            warm.get(PAGE);
        }
        int failures = 0;
        while (System.nanoTime() < measureUntil) {
            var page = browser.get(PAGE);
            if (page.status() != 200 || !page.path().equals(PAGE)) {
                failures++;
            }
        }
        return new Worker(browser.requests(), failures, measured);
    }
}
