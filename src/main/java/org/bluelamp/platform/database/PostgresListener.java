package org.bluelamp.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Listens to one PostgreSQL NOTIFY channel on a connection of its own, outside the pool (like Flyway's), so requests
 * never wait for it, and hands each notification's text to the receiver on its own thread. A lost connection (a
 * database restart) is opened again, waiting longer each time up to 30 seconds. Started and stopped by its owner;
 * after a stop, a new one is made to listen again.
 */
public final class PostgresListener {

    private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);

    private final HikariDataSource pool;
    private final String channel;
    private final Consumer<String> receiver;
    private final CountDownLatch listening = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread thread;

    private PostgresListener(HikariDataSource pool, String channel, Consumer<String> receiver) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("A channel is lower-case letters and underscores: " + channel);
        }
        this.pool = pool;
        this.channel = channel;
        this.receiver = receiver;
    }

    /** Starts listening on the channel, on a daemon thread named after it. */
    public static PostgresListener start(HikariDataSource pool, String channel, Consumer<String> receiver) {
        var listener = new PostgresListener(pool, channel, receiver);
        listener.thread = Thread.ofPlatform().name(channel.replace('_', '-') + "-listener").daemon()
                .start(listener::listen);
        return listener;
    }

    /** Whether it listens within the time: what others send from now on reaches it. */
    public boolean awaitListening(Duration within) throws InterruptedException {
        return listening.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Listens until stopped. */
    private void listen() {
        long wait = 1000;
        while (running) {
            try (Connection opened = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                    pool.getPassword())) {
                connection = opened;
                try (var statement = opened.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                listening.countDown();
                wait = 1000;
                var notices = opened.unwrap(PGConnection.class);
                while (running) {
                    var received = notices.getNotifications(5000);
                    if (received != null && running) {
                        for (var notification : received) {
                            receiver.accept(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Listening on {} between instances is interrupted; trying again: {}", channel,
                            e.getMessage());
                    // Waits before trying again, but no longer than until it is stopped.
                    try {
                        if (stopped.await(wait, TimeUnit.MILLISECONDS)) {
                            return;
                        }
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    wait = Math.min(wait * 2, 30_000);
                }
            }
        }
    }

    /** Closing the connection from here ends a wait for notifications at once. */
    public void stop() {
        running = false;
        stopped.countDown();
        var open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // Closing is all we wanted.
            }
        }
        thread.interrupt();
    }
}
