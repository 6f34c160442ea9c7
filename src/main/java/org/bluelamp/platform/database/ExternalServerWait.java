package org.bluelamp.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;

/**
 * At start, waits for an external PostgreSQL that cannot be reached yet (still starting, restarting, network down)
 * instead of failing with a stack trace: one clear line when it is first missed, a reminder each minute, and a
 * line when it answers. Migrations and everything else start after. A stop request during the wait ends it.
 */
final class ExternalServerWait {

    private static final Logger log = LoggerFactory.getLogger(ExternalServerWait.class);
    private static final Duration REMINDER = Duration.ofMinutes(1);

    private final String server;
    private final Duration interval;

    ExternalServerWait(String jdbcUrl, Duration interval) {
        this.server = describe(jdbcUrl);
        this.interval = interval;
    }

    void untilReachable(DataSource dataSource) {
        long firstMiss = 0;
        long lastReminder = 0;
        while (true) {
            try (var connection = dataSource.getConnection()) {
                if (firstMiss != 0) {
                    log.info("PostgreSQL at {} answers now; Bluelamp is starting.", server);
                }
                return;
            } catch (SQLException e) {
                long now = System.nanoTime();
                if (firstMiss == 0) {
                    firstMiss = now;
                    lastReminder = now;
                    log.warn("PostgreSQL at {} cannot be reached ({}). Bluelamp will start as soon as it can: trying "
                            + "again every {} seconds.", server, reason(e), interval.toSeconds());
                } else if (now - lastReminder >= REMINDER.toNanos()) {
                    lastReminder = now;
                    log.warn("Still waiting for PostgreSQL at {} ({}), for {} seconds so far.", server, reason(e),
                            Duration.ofNanos(now - firstMiss).toSeconds());
                }
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while waiting for PostgreSQL at " + server);
        }
    }

    /** Host, port and database only: a JDBC URL can carry a password. */
    static String describe(String jdbcUrl) {
        try {
            var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
        } catch (RuntimeException e) {
            return "the configured address";
        }
    }

    private static String reason(SQLException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
