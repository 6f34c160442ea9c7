package org.bluelamp.chat;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.platform.database.PostgresListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Carries chat events to every instance, this one included, through PostgreSQL: {@code NOTIFY chat_event} in the
 * transaction that made the change, so an event is heard only once its change is committed, and a chat's events in
 * the order of its changes (each locks the chat's row). Each instance hands them to its own followers and watchers.
 * A line is at most {@link ChatProperties#MOST_CHARACTERS} characters, so every event fits in one notification.
 */
@Component
class ChatSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChatSignals.class);
    static final String CHANNEL = "chat_event";

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<UUID, Set<Consumer<ChatEvent>>> followers = new ConcurrentHashMap<>();
    private final Set<Consumer<ChatEvent>> watchers = ConcurrentHashMap.newKeySet();
    private volatile PostgresListener listener;

    ChatSignals(HikariDataSource pool, JdbcClient jdbc, JsonMapper json) {
        this.pool = pool;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** To everyone following the chat, on every instance; with a null chat, to everyone watching the queue. */
    void publish(UUID chat, ChatEvent event) {
        var body = json.writeValueAsString(Map.of("chat", chat == null ? "" : chat.toString(), "event",
                json.valueToTree(event)));
        jdbc.sql("SELECT pg_notify(:channel, :body)").param("channel", CHANNEL).param("body", body)
                .query(Object.class).optional();
    }

    ChatSubscription follow(UUID chat, Consumer<ChatEvent> follower) {
        followers.computeIfAbsent(chat, id -> ConcurrentHashMap.newKeySet()).add(follower);
        return () -> followers.computeIfPresent(chat, (id, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    ChatSubscription watchQueue(Consumer<ChatEvent> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    private void receive(String body) {
        try {
            var fields = json.readTree(body);
            var chat = fields.path("chat").asString("");
            var event = json.treeToValue((JsonNode) fields.get("event"), ChatEvent.class);
            if (chat.isEmpty()) {
                watchers.forEach(watcher -> hand(watcher, event));
            } else {
                var following = followers.get(UUID.fromString(chat));
                if (following != null) {
                    following.forEach(follower -> hand(follower, event));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Dropped a chat event that could not be read: {}", e.getClass().getSimpleName());
        }
    }

    /** One follower failing (a socket gone away mid-send) must not keep the event from the others. */
    private static void hand(Consumer<ChatEvent> to, ChatEvent event) {
        try {
            to.accept(event);
        } catch (RuntimeException e) {
            log.debug("A chat follower could not take an event: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        synchronized (this) {
            if (listener == null) {
                listener = PostgresListener.start(pool, CHANNEL, this::receive);
            }
        }
    }

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

    /** Whether it listens within the time: events from now on reach this instance's followers. */
    boolean awaitListening(Duration within) throws InterruptedException {
        var current = listener;
        return current != null && current.awaitListening(within);
    }
}
