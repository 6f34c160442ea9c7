package org.bluelamp.relay;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.platform.scheduling.JobLeases;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * PostgreSQL's LISTEN/NOTIFY as the bus: every instance listens on one channel on a connection of its own, outside
 * the pool (like Flyway's), so requests never wait for it. NOTIFY carries at most 8000 bytes; a larger message is
 * stored in {@code relay_signal} and its id sent instead.
 */
@Component
class PostgresSignalBus implements SignalBus, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresSignalBus.class);
    private static final String CHANNEL = "relay_signal";
    private static final int LARGEST_NOTIFY = 7000;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final JobLeases leases;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private volatile Consumer<Envelope> receiver = envelope -> {
    };
    private volatile Listener listener;

    PostgresSignalBus(HikariDataSource pool, JdbcClient jdbc, JsonMapper json, JobLeases leases, Clock clock) {
        this.pool = pool;
        this.jdbc = jdbc;
        this.json = json;
        this.leases = leases;
        this.clock = clock;
    }

    @Override
    public String instance() {
        return instance;
    }

    @Override
    public void receiveWith(Consumer<Envelope> receiver) {
        this.receiver = receiver;
    }

    @Override
    public void publish(Envelope envelope) {
        var body = json.writeValueAsString(Map.of("from", envelope.from(), "call",
                envelope.call() == null ? "" : envelope.call().toString(), "to", envelope.to(),
                // Written on its own so that it carries its type; a close carries none: {} as before.
                "message", envelope.message() == null ? Map.of() : json.valueToTree(envelope.message())));
        if (body.getBytes(StandardCharsets.UTF_8).length > LARGEST_NOTIFY) {
            long id = jdbc.sql("INSERT INTO relay_signal (body, created_at) VALUES (:body, :now) RETURNING id")
                    .param("body", body).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
            body = json.writeValueAsString(Map.of("from", envelope.from(), "stored", id));
        }
        jdbc.sql("SELECT pg_notify(:channel, :body)").param("channel", CHANNEL).param("body", body)
                .query(Object.class).optional();
    }

    /** Stored messages are read within moments of being sent; a minute later nobody needs them. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetOldMessages() {
        leases.runOnce("relay.old-signals", Duration.ofMinutes(1), Duration.ofMinutes(5), () ->
                jdbc.sql("DELETE FROM relay_signal WHERE created_at < :before")
                        .param("before", Timestamp.from(clock.instant().minus(Duration.ofMinutes(1)))).update());
    }

    @Override
    public void start() {
        synchronized (this) {
            if (listener == null) {
                listener = new Listener();
                listener.thread = Thread.ofPlatform().name("relay-signal-listener").daemon().start(listener::listen);
            }
        }
    }

    /** Stops listening; also when a test pauses the application, which may start it again later. */
    @Override
    public void stop() {
        synchronized (this) {
            if (listener != null) {
                listener.stop();
                listener = null;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    /** Whether it listens within the time: what others send from now on reaches it. */
    boolean awaitListening(Duration within) throws InterruptedException {
        var current = listener;
        return current != null && current.listening.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One run of listening, from start to stop, on its own connection. */
    private final class Listener {

        private final CountDownLatch listening = new CountDownLatch(1);
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean running = true;
        private volatile Connection connection;
        private Thread thread;

        /** Listens until stopped; a lost connection (a database restart) is opened again, waiting longer each time. */
        void listen() {
            long wait = 1000;
            while (running) {
                try (Connection opened = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                        pool.getPassword())) {
                    connection = opened;
                    try (var statement = opened.createStatement()) {
                        statement.execute("LISTEN " + CHANNEL);
                    }
                    listening.countDown();
                    wait = 1000;
                    var notices = opened.unwrap(PGConnection.class);
                    while (running) {
                        var received = notices.getNotifications(5000);
                        if (received != null && running) {
                            for (var notification : received) {
                                receive(notification.getParameter());
                            }
                        }
                    }
                } catch (SQLException e) {
                    if (running) {
                        log.warn("Relay signalling between instances is interrupted; trying again: {}", e.getMessage());
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
        void stop() {
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

    private void receive(String body) {
        try {
            var fields = json.readValue(body, MAP);
            if (instance.equals(fields.get("from"))) {
                return;
            }
            if (fields.containsKey("stored")) {
                var stored = jdbc.sql("SELECT body FROM relay_signal WHERE id = :id")
                        .param("id", ((Number) fields.get("stored")).longValue()).query(String.class).optional();
                if (stored.isEmpty()) {
                    return;
                }
                fields = json.readValue(stored.get(), MAP);
            }
            var call = (String) fields.get("call");
            var to = (String) fields.get("to");
            var message = Envelope.CLOSE.equals(to) ? null : json.convertValue(fields.get("message"), RelayMessage.class);
            receiver.accept(new Envelope((String) fields.get("from"), call.isEmpty() ? null : UUID.fromString(call),
                    to, message));
        } catch (RuntimeException e) {
            log.warn("Dropped a relay message from another instance that could not be read: {}", e.getMessage());
        }
    }
}
