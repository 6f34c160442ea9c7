package org.bluelamp.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * At start, waits for an external PostgreSQL that cannot be reached yet (still starting, restarting, network down)
 * instead of failing with a stack trace: one clear line when it is first missed, a reminder each minute, and a
 * line when it answers. Migrations and everything else start after. A stop request (SIGTERM, Ctrl+C) during the
 * wait ends it at once.
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

    /** @throws StoppedWhileWaitingException when the JVM is asked to stop before the server answers */
    void untilReachable(DataSource dataSource) {
        // Spring's own shutdown hook waits for the start to end, and would wait as long as this loop: so a hook of
        // our own ends the wait, and holds the JVM's shutdown until the line saying so is logged.
        var stop = new StopRequest(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(stop.hook);
        try {
            waitFor(dataSource, stop);
        } finally {
            stop.waitEnded.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stop.hook);
            } catch (IllegalStateException alreadyStopping) {
                // the hook is running, or has run: nothing to remove
            }
        }
    }

    private void waitFor(DataSource dataSource, StopRequest stop) {
        long firstMiss = 0;
        long lastReminder = 0;
        while (true) {
            try (var connection = dataSource.getConnection()) {
                if (firstMiss != 0) {
                    log.info("PostgreSQL at {} answers now; Bluelamp is starting.", server);
                }
                return;
            } catch (SQLException e) {
                if (stop.requested()) {
                    throw stopped();
                }
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
            if (stop.awaitFor(interval)) {
                throw stopped();
            }
        }
    }

    private StoppedWhileWaitingException stopped() {
        // The interrupt that ended the wait is spent here: what runs next (closing the context) must not see it.
        Thread.interrupted();
        log.info("Stopped while waiting for PostgreSQL at {}: Bluelamp did not start.", server);
        return new StoppedWhileWaitingException(server);
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

    /** A JVM shutdown hook that ends the wait: it interrupts a connection attempt, and waits for the log line. */
    private static final class StopRequest {

        private static final Duration LONGEST_HOLD = Duration.ofSeconds(5);

        private final CountDownLatch stopRequested = new CountDownLatch(1);
        private final CountDownLatch waitEnded = new CountDownLatch(1);
        private final Thread hook;

        StopRequest(Thread waiting) {
            this.hook = new Thread(() -> {
                // Interrupt first: once the wait sees the request it clears the interrupt, and none may come after.
                waiting.interrupt();
                stopRequested.countDown();
                try {
                    waitEnded.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bluelamp-stop-while-waiting-for-postgresql");
        }

        boolean requested() {
            return stopRequested.getCount() == 0;
        }

        /** Waits one interval; true if a stop was asked for meanwhile. */
        boolean awaitFor(Duration interval) {
            try {
                return stopRequested.await(interval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return true;
            }
        }
    }
}
