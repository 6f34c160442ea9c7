package org.bluelamp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * People completing crime reports at once, each journey with fresh cookies, as browsers with JavaScript off: every
 * GET, POST and redirect of the journey. Bounded by the number of journeys and by a time limit.
 */
final class JourneyLoad {

    /** What one level of concurrency achieved. */
    record Result(int concurrency, int journeys, int completed, int requests, int serverErrors, Duration elapsed,
                  Samples latencies) {

        int failed() {
            return journeys - completed;
        }

        double journeysPerSecond() {
            return completed / seconds();
        }

        double requestsPerSecond() {
            return requests / seconds();
        }

        private double seconds() {
            return elapsed.toNanos() / 1e9;
        }

        String row() {
            return "| %d | %d | %d | %d | %d | %.1f | %.0f | %.1f | %.1f | %.1f |".formatted(concurrency, journeys,
                    completed, failed(), serverErrors, journeysPerSecond(), requestsPerSecond(),
                    latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99));
        }

        static String header() {
            return """
                    | concurrent | journeys | completed | failed | 5xx | journeys/s | requests/s | p50 ms | p95 ms | p99 ms |
                    |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";
        }
    }

    private record PersonResult(int journeys, int completed, int requests, int serverErrors, Samples latencies) {
    }

    private JourneyLoad() {
    }

    static Result run(int port, int concurrency, int journeysEach, Duration limit) throws Exception {
        var http = LoadBrowser.sharedClient();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Future<PersonResult>> people = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                people.add(executor.submit(() -> person(http, port, journeysEach, deadline)));
            }
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - start);
        int journeys = 0;
        int completed = 0;
        int requests = 0;
        int serverErrors = 0;
        var latencies = new ArrayList<Samples>();
        for (var person : people) {
            var result = person.get();
            journeys += result.journeys();
            completed += result.completed();
            requests += result.requests();
            serverErrors += result.serverErrors();
            latencies.add(result.latencies());
        }
        return new Result(concurrency, journeys, completed, requests, serverErrors, elapsed, Samples.merge(latencies));
    }

    private static PersonResult person(java.net.http.HttpClient http, int port, int journeys, long deadline) {
        var samples = new Samples();
        int started = 0;
        int completed = 0;
        int requests = 0;
        int serverErrors = 0;
        for (; started < journeys && System.nanoTime() < deadline; started++) {
            var browser = new LoadBrowser(http, port, samples);
            try {
                CrimeReports.start(browser);
                CrimeReports.answerAll(browser);
                CrimeReports.submit(browser);
                completed++;
            } catch (RuntimeException failed) {
                // Counted as a failed journey; the next one starts afresh, as a person would.
            }
            requests += browser.requests();
            serverErrors += browser.serverErrors();
        }
        return new PersonResult(started, completed, requests, serverErrors, samples);
    }
}
