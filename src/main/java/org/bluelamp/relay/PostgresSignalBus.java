package org.bluelamp.relay;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.platform.database.PostgresListener;
import org.bluelamp.platform.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * PostgreSQL's LISTEN/NOTIFY as the bus: every instance listens on one channel ({@link PostgresListener}, on a
 * connection of its own). NOTIFY carries at most 8000 bytes; a larger message is
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
    private volatile PostgresListener listener;

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
                listener = PostgresListener.start(pool, CHANNEL, this::receive);
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
        return current != null && current.awaitListening(within);
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
