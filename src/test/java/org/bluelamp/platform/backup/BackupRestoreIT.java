package org.bluelamp.platform.backup;

import org.bluelamp.BluelampProcess;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.upload.TestVideos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default backed up by {@code bin/backup} while it runs, and restored by {@code bin/restore} into a
 * new data folder: the restored Bluelamp starts and has every report, file, message, relay recording and access-log
 * row, the files byte for byte; a second restore over it is refused. Every column that names stored files is one the
 * back-up copies the files of. The jar built for an external database starts on the restored one.
 */
class BackupRestoreIT {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");
    private static final String SERVICE = "/report/bsl-video-message";
    private static final String[] OPEN_ALL_DAY = {"--bluelamp.relay.hours.opens=00:00",
            "--bluelamp.relay.hours.closes=23:59"};
    /** The tables the test compares row for row between the installation and its restored copy. */
    private static final Map<String, String> COMPARED = Map.of(
            "report", "SELECT id, reference, answers::text FROM report ORDER BY id",
            "report_file", "SELECT id, report_id, file_name, sha256 FROM report_file ORDER BY id",
            "message", "SELECT id, reference, kind, status FROM message ORDER BY id",
            "contact", "SELECT id, reference FROM contact ORDER BY id",
            "relay_call", "SELECT id, status, queued_at FROM relay_call ORDER BY id",
            "relay_recording_chunk", "SELECT call_id, seq, file_id, bytes FROM relay_recording_chunk ORDER BY 1, 2",
            "access_log", "SELECT id, at, actor, action, record_kind, record_ref, detail::text FROM access_log ORDER BY id");

    private final Path run = Path.of("target", "backup-test", UUID.randomUUID().toString()).toAbsolutePath();
    private final List<BluelampProcess> running = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() throws InterruptedException {
        for (var app : running) {
            app.kill();
        }
    }

    @Test
    void aRunningInstallationBackedUpIsRestoredWhole() throws Exception {
        Path data = run.resolve("data");
        var app = start(data, "before.log");
        var db = JdbcClient.create(app.database());

        String reference = sendBslVideoMessage(app.port());
        await("the acknowledgement is sent").atMost(Duration.ofMinutes(1)).until(() -> db.sql(
                "SELECT count(*) FROM message WHERE reference = :r AND status = 'delivered'")
                .param("r", reference).query(Long.class).single() == 1);
        var caller = new WebSession(app.port());
        caller.get("/bsl/check");
        assertThat(caller.post("/bsl/call").pathOnly()).isEqualTo("/bsl/call");
        UUID call = db.sql("SELECT id FROM relay_call").query(UUID.class).single();
        // A piece of the call's recording, as the interpreter's console uploads it, in the file store's folder.
        UUID chunk = UUID.randomUUID();
        byte[] recording = TestVideos.webm(300_000);
        Path chunkFile = data.resolve("files").resolve(chunk.toString().substring(0, 2)).resolve(chunk.toString());
        Files.createDirectories(chunkFile.getParent());
        Files.write(chunkFile, recording);
        db.sql("INSERT INTO relay_recording_chunk (call_id, seq, file_id, bytes, received_at) VALUES (:c, 0, :f, :b, now())")
                .param("c", call).param("f", chunk).param("b", recording.length).update();
        for (int i = 0; i < 3; i++) {
            db.sql("""
                    INSERT INTO access_log (at, actor, roles, action, record_kind, record_ref, detail)
                    VALUES (now(), 'handler.one', 'HANDLER', 'read', 'contact', :r, '{"page": "summary"}')""")
                    .param("r", reference).update();
        }
        everyColumnNamingStoredFilesIsBackedUp(db);
        var before = snapshot(db);
        assertThat(before.get("report_file")).hasSize(1);
        assertThat(before.get("access_log")).hasSize(3);

        Path backup = run.resolve("backup");
        var backedUp = command("backup", backup, data);
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        assertThat(backedUp.output()).contains("of the running Bluelamp", "keep it encrypted");
        assertThat(Files.getPosixFilePermissions(backup.resolve("manifest.json")).toString())
                .isEqualTo("[OWNER_READ, OWNER_WRITE]");
        app.stop(Duration.ofSeconds(20));

        Path restored = run.resolve("restored");
        var restoring = command("restore", backup, restored);
        assertThat(restoring.exitCode()).as(restoring.output()).isZero();
        assertThat(restoring.output()).contains("same secrets key");
        var again = command("restore", backup, restored);
        assertThat(again.exitCode()).isOne();
        assertThat(again.output()).contains("restore only into a new, empty database or data folder");

        Files.copy(data.resolve("secrets.key"), restored.resolve("secrets.key"));
        var copy = start(restored, "after.log");
        var restoredDb = JdbcClient.create(copy.database());
        assertThat(snapshot(restoredDb)).isEqualTo(before);
        for (var file : restoredDb.sql("SELECT id FROM report_file UNION ALL SELECT file_id FROM relay_recording_chunk")
                .query(UUID.class).list()) {
            String name = file.toString();
            assertThat(restored.resolve("files").resolve(name.substring(0, 2)).resolve(name))
                    .hasSameBinaryContentAs(data.resolve("files").resolve(name.substring(0, 2)).resolve(name));
        }
        assertThat(restoredDb.sql("""
                INSERT INTO access_log (at, actor, roles, action, record_kind) VALUES (now(), 'a', 'B', 'read', 'contact')
                RETURNING id""").query(Long.class).single()).as("the log's sequence goes on after the restored rows")
                .isEqualTo(4L);
        assertThat(new WebSession(copy.port()).get("/").status()).isEqualTo(200);

        theJarForAnExternalDatabaseRunsOnOne(Files.readString(restored.resolve("secrets.key")).strip());
    }

    /**
     * The jar without the embedded PostgreSQL (docs/deployment.md) refuses to start in one sentence with no database
     * set, and with one (the restored installation's, as an external server) starts on it and serves pages.
     */
    private void theJarForAnExternalDatabaseRunsOnOne(String secretsKey)
            throws Exception {
        var jar = new BluelampProcess.Launch(ExternalDatabaseJar.from(Path.of("target", "bluelamp.jar"),
                run.resolve("bluelamp-external-database.jar")), List.of("-Dspring.aot.enabled=true"));
        var refused = BluelampProcess.start(run.resolve("no-database"), run.resolve("no-database.log"), jar);
        running.add(refused);
        assertThat(refused.awaitExit(Duration.ofMinutes(1))).isNotZero();
        assertThat(refused.log()).contains("This Bluelamp was built without the embedded PostgreSQL: set BLUELAMP_DB_URL",
                "APPLICATION FAILED TO START");
        assertThat(run.resolve("no-database").resolve("postgres")).doesNotExist();

        int port = Integer.parseInt(Files.readAllLines(run.resolve("restored/postgres/postmaster.pid")).get(3).strip());
        var external = BluelampProcess.start(run.resolve("unused"), run.resolve("external.log"), jar,
                "--bluelamp.database.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--bluelamp.database.username=bluelamp_app", "--bluelamp.database.owner.username=postgres",
                "--bluelamp.staff.secrets-key=" + secretsKey, "--bluelamp.files.dir=" + run.resolve("restored/files"),
                "--bluelamp.files.shared-folder=true").awaitReady();
        running.add(external);
        assertThat(external.log()).doesNotContain("Embedded PostgreSQL started");
        assertThat(new WebSession(external.port()).get("/report/bsl-video-message").status()).isEqualTo(200);
    }

    /** A column that names stored files and is not in StoredFileIds would leave those files out of every back-up. */
    private static void everyColumnNamingStoredFilesIsBackedUp(JdbcClient db) {
        var columns = db.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND udt_name IN ('uuid', '_uuid') AND column_name LIKE '%file%'""")
                .query(String.class).list();
        var listed = StoredFileIds.COLUMNS.stream().map(c -> c[0] + "." + c[1]).toList();
        // The scan state of a file, and the files added to a report: ids of files that rows above already name.
        var namingOthers = List.of("file_scan.file_id", "report_addition.file_ids");
        assertThat(columns).allMatch(c -> listed.contains(c) || namingOthers.contains(c),
                "listed in StoredFileIds, or naming files listed there");
    }

    private BluelampProcess start(Path data, String log) throws IOException {
        var app = BluelampProcess.start(data, run.resolve(log), OPEN_ALL_DAY).awaitReady();
        running.add(app);
        return app;
    }

    private static Map<String, List<Map<String, Object>>> snapshot(JdbcClient db) {
        var rows = new java.util.TreeMap<String, List<Map<String, Object>>>();
        COMPARED.forEach((table, query) -> rows.put(table, db.sql(query).query().listOfRows()));
        return rows;
    }

    private static String sendBslVideoMessage(int port) {
        var session = new WebSession(port);
        session.get(SERVICE);
        session.post(SERVICE, "emergency", "no");
        var page = session.upload(SERVICE + "/video", "video", "bsl-message.webm", TestVideos.webm(200_000),
                "action", "continue");
        page = session.post(SERVICE + "/your-name", "your-name", "Sam Signer");
        page = session.post(page.path(), "preferred-contact", "email");
        page = session.post(page.path(), "contact-details-email", "sam@example.com", "contact-details-phone", "",
                "action", "continue");
        page = session.post(page.path(), "safe-to-contact", "any-time");
        page = session.post(SERVICE + "/submit", "declaration", "accepted");
        var reference = REFERENCE.matcher(page.body());
        assertThat(reference.find()).as(page.body()).isTrue();
        return reference.group(1);
    }

    private record Outcome(int exitCode, String output) {
    }

    /** bin/backup or bin/restore, on the jar the build made, as an operator runs it. */
    private static Outcome command(String command, Path folder, Path dataDir) throws Exception {
        var process = new ProcessBuilder("bin/" + command, folder.toString()).redirectErrorStream(true);
        process.environment().put("BLUELAMP_JAR", Path.of("target", "bluelamp.jar").toAbsolutePath().toString());
        process.environment().put("BLUELAMP_DATA_DIR", dataDir.toString());
        process.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
        var started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(started.waitFor(), output);
    }
}
