package org.bluelamp.crash;

import org.bluelamp.BluelampProcess;
import org.bluelamp.platform.Fingerprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bluelamp killed with {@code kill -9} again and again while people report, restarted on the same folder each
 * time: it must start first time, and keep everything it acknowledged, once. Runs the real jar in processes of its
 * own. {@code -Dbluelamp.crash.kills=N} and {@code -Dbluelamp.crash.people=N} make it longer (see bench/).
 */
class CrashRecoveryIT {

    private static final Logger log = LoggerFactory.getLogger(CrashRecoveryIT.class);
    private static final int KILLS = Integer.getInteger("bluelamp.crash.kills", 6);
    private static final int PEOPLE = Integer.getInteger("bluelamp.crash.people", 8);
    private static final String LEFTOVER_STOPPED = "left by a Bluelamp that stopped without shutting it down";

    private final Path run = Path.of("target", "crash-test", UUID.randomUUID().toString()).toAbsolutePath();
    private final Path data = run.resolve("data");
    private final Acknowledged acknowledged = new Acknowledged();
    private BluelampProcess app;

    /** A failed assertion must not leave a Bluelamp running. */
    @AfterEach
    void killWhatIsLeft() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void everythingAcknowledgedSurvivesRepeatedKillsAndEachRestartWorksFirstTime() throws Exception {
        long seed = Long.getLong("bluelamp.crash.seed", System.nanoTime());
        var random = new Random(seed);
        log.info("Crash test: {} kills, {} people at once, seed {}, files in {}", KILLS, PEOPLE, seed, run);
        app = BluelampProcess.start(data, run.resolve("start-0.log")).awaitReady();
        int failedJourneys = 0;
        var restarts = new ArrayList<Duration>();

        for (int kill = 1; kill <= KILLS; kill++) {
            boolean watchdogToo = kill % 2 == 0;
            long server;
            try (var crowd = Crowd.start(app.port(), PEOPLE, acknowledged)) {
                // A journey is 19 acknowledged steps: kill when each person has taken between 8 and 45 more.
                int moment = acknowledged.count() + PEOPLE * (8 + random.nextInt(38));
                await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.count() >= moment);
                server = app.postmasterPid();
                if (watchdogToo) {
                    app.children().forEach(ProcessHandle::destroyForcibly);
                }
                app.kill();
                failedJourneys += crowd.failedJourneys();
            }
            if (watchdogToo) {
                assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive))
                        .as("with its watchdog killed too, the embedded server is left running").contains(true);
            } else {
                await("the watchdog stops the embedded server").atMost(Duration.ofSeconds(60))
                        .until(() -> ProcessHandle.of(server).map(p -> !p.isAlive()).orElse(true));
            }

            long restart = System.nanoTime();
            app = BluelampProcess.start(data, run.resolve("start-" + kill + ".log")).awaitReady();
            restarts.add(Duration.ofNanos(System.nanoTime() - restart));
            if (watchdogToo) {
                assertThat(app.log()).contains(LEFTOVER_STOPPED);
            }
        }

        var db = JdbcClient.create(app.database());
        await("a contact for every report, from events redelivered after the kills").atMost(Duration.ofMinutes(2))
                .untilAsserted(() -> assertThat(db.sql("""
                        SELECT count(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.report_id = r.id)""")
                        .query(Long.class).single()).isZero());
        await("one acknowledgement for every report, delivered, though the server died between the two")
                .atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
                    assertThat(db.sql("""
                            SELECT count(*) FROM report r WHERE (SELECT count(*) FROM message m
                                WHERE m.reference = r.reference AND m.kind = 'acknowledgement') <> 1""")
                            .query(Long.class).single()).isZero();
                    assertThat(db.sql("SELECT count(*) FROM message WHERE status <> 'delivered'")
                            .query(Long.class).single()).isZero();
                });
        int draftsChecked = checkDrafts(db);
        int referencesChecked = checkReports(db);
        long reports = db.sql("SELECT count(*) FROM report").query(Long.class).single();
        long contacts = db.sql("SELECT count(*) FROM contact").query(Long.class).single();
        assertThat(contacts).as("one contact for each report, never two").isEqualTo(reports);
        log.info("Crash test: {} kills; {} references shown and all found once with every answer; {} reports stored "
                        + "(some sent as the server died); {} contacts; {} drafts with {} saved answers all intact; "
                        + "{} journeys cut short by a kill",
                KILLS, referencesChecked, reports, contacts, draftsChecked,
                acknowledged.drafts().stream().mapToInt(d -> d.savedQuestions().size()).sum(), failedJourneys);
        restarts.sort(null);
        log.info("Crash test: ready again after a kill in {} ms at best, {} ms median, {} ms at worst",
                restarts.getFirst().toMillis(), restarts.get(restarts.size() / 2).toMillis(), restarts.getLast().toMillis());
        assertThat(referencesChecked).as("the test must see reports sent, or it proves nothing").isPositive();

        secondBluelampOnTheSameFolderIsRefused(app);
        cleanStopIsQuickAndQuiet(app);
    }

    private int checkDrafts(JdbcClient db) {
        int checked = 0;
        for (var draft : acknowledged.drafts()) {
            if (draft.savedQuestions().isEmpty()) {
                continue;
            }
            String hash = Fingerprint.sha256(draft.token().getBytes(StandardCharsets.US_ASCII));
            var stored = new HashSet<>(db.sql("""
                            SELECT jsonb_object_keys(answers) FROM report_draft WHERE token_hash = :hash AND service_id = 'crime'""")
                    .param("hash", hash).query(String.class).list());
            assertThat(stored).as("draft %s after the kills", draft.story()).containsAll(draft.savedQuestions());
            if (draft.savedQuestions().contains("what-happened")) {
                assertThat(db.sql("SELECT answers::text FROM report_draft WHERE token_hash = :hash")
                        .param("hash", hash).query(String.class).single()).contains(draft.story());
            }
            checked++;
        }
        return checked;
    }

    private int checkReports(JdbcClient db) {
        for (var report : acknowledged.reports()) {
            List<String> stored = db.sql("SELECT answers::text FROM report WHERE reference = :reference")
                    .param("reference", report.reference()).query(String.class).list();
            assertThat(stored).as("report %s", report.reference()).hasSize(1);
            assertThat(stored.getFirst()).contains(report.story(), "LE1 1AA", "alex@example.com");
            var keys = db.sql("SELECT jsonb_object_keys(answers) FROM report WHERE reference = :reference")
                    .param("reference", report.reference()).query(String.class).list();
            assertThat(keys).as("answers of %s", report.reference()).containsAll(report.questions());
            assertThat(db.sql("SELECT count(*) FROM contact WHERE reference = :reference")
                    .param("reference", report.reference()).query(Long.class).single()).isOne();
        }
        return acknowledged.reports().size();
    }

    private void secondBluelampOnTheSameFolderIsRefused(BluelampProcess running) throws Exception {
        var second = BluelampProcess.start(data, run.resolve("second.log"));
        assertThat(second.awaitExit(Duration.ofMinutes(2))).isNotZero();
        assertThat(second.log()).contains("The data folder " + data + " is in use by another running Bluelamp "
                + "(process " + running.pid() + ")", "APPLICATION FAILED TO START");
    }

    private void cleanStopIsQuickAndQuiet(BluelampProcess running) throws Exception {
        long server = running.postmasterPid();
        int logBefore = running.log().length();
        // Far longer than a clean stop needs (about a second), far shorter than the old 30-second stall.
        assertThat(running.stop(Duration.ofSeconds(20))).as("Bluelamp stopped on SIGTERM").isPresent();
        String stopping = running.log().substring(logBefore);
        assertThat(stopping).contains("Graceful shutdown complete", "Embedded PostgreSQL stopped")
                .doesNotContain(" ERROR ", " WARN ", "Exception");
        assertThat(stopping.indexOf("Graceful shutdown complete")).isLessThan(stopping.indexOf("Shutdown completed"));
        assertThat(stopping.indexOf("Shutdown completed")).isLessThan(stopping.indexOf("Embedded PostgreSQL stopped"));
        // pg_ctl returns once the pid file is gone, a moment before the server's process has quite ended.
        await("the embedded server ends with Bluelamp").atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(server).map(p -> !p.isAlive()).orElse(true));
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
    }
}
