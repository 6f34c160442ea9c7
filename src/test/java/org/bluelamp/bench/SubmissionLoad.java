package org.bluelamp.bench;

import org.bluelamp.platform.Fingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Reports sent as fast as the server will take them: each one a durable transaction (report, reference, the draft
 * marked sent, the ReportSubmitted event in the outbox) committed with fsync before the reference is shown. The
 * drafts are made ready beforehand, copies of one answered in full, so only the sending is measured.
 */
final class SubmissionLoad {

    record Result(int concurrency, int sent, int failures, Duration elapsed, Duration allContacts, Samples latencies) {

        double perSecond() {
            return sent / (elapsed.toNanos() / 1e9);
        }

        String row() {
            return "| %d | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |".formatted(concurrency, sent, failures,
                    perSecond(), latencies.percentileMillis(50), latencies.percentileMillis(95),
                    latencies.percentileMillis(99), allContacts.toMillis() / 1000.0);
        }

        static String header() {
            return """
                    | concurrent | sent | failures | sent/s | p50 ms | p95 ms | p99 ms | all contacts open after s |
                    |---:|---:|---:|---:|---:|---:|---:|---:|""";
        }
    }

    private SubmissionLoad() {
    }

    static Result run(int port, JdbcClient db, int concurrency, int count) throws Exception {
        var http = LoadBrowser.sharedClient();
        var source = new LoadBrowser(http, port, new Samples());
        CrimeReports.start(source);
        CrimeReports.answerAll(source);
        List<String> tokens = readyDrafts(db, source.cookie("bluelamp_draft"), count);
        long contactsBefore = db.sql("SELECT count(*) FROM contact").query(Long.class).single();

        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        List<Future<Samples>> workers = new ArrayList<>();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                workers.add(executor.submit(() -> {
                    var samples = new Samples();
                    for (int n = next.getAndIncrement(); n < tokens.size(); n = next.getAndIncrement()) {
                        var browser = new LoadBrowser(http, port, samples);
                        browser.cookie("bluelamp_csrf", source.cookie("bluelamp_csrf"));
                        browser.csrfToken(source.csrfToken());
                        browser.cookie("bluelamp_draft", tokens.get(n));
                        try {
                            CrimeReports.submit(browser);
                        } catch (RuntimeException failed) {
                            failures.incrementAndGet();
                        }
                    }
                    return samples;
                }));
            }
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - start);
        var latencies = new ArrayList<Samples>();
        for (var worker : workers) {
            latencies.add(worker.get());
        }
        int sent = count - failures.get();
        var contacts = awaitContacts(db, contactsBefore + sent, start);
        return new Result(concurrency, sent, failures.get(), elapsed, contacts, Samples.merge(latencies));
    }

    /** Copies of the source draft, each under a new random token (as the server makes them), as if that many people had answered it all. */
    private static List<String> readyDrafts(JdbcClient db, String sourceToken, int count) {
        var random = new SecureRandom();
        var tokens = new ArrayList<String>(count);
        var hashes = new String[count];
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            tokens.add(token);
            hashes[i] = hash(token);
        }
        db.sql("""
                        INSERT INTO report_draft (id, token_hash, service_id, definition_version, answers, position,
                                                  created_at, updated_at, expires_at)
                        SELECT gen_random_uuid(), copy.hash, service_id, definition_version, answers, position, created_at,
                               updated_at, expires_at
                        FROM report_draft, unnest(CAST(:hashes AS text[])) AS copy(hash)
                        WHERE token_hash = :source AND service_id = 'crime'""")
                .param("hashes", hashes).param("source", hash(sourceToken)).update();
        return tokens;
    }

    /** How long after the first send the last contact was opened: the outbox catching up. */
    private static Duration awaitContacts(JdbcClient db, long expected, long start) {
        await("a contact for every report sent").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> db.sql("SELECT count(*) FROM contact").query(Long.class).single() >= expected);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String hash(String token) {
        return Fingerprint.sha256(token.getBytes(StandardCharsets.US_ASCII));
    }
}
