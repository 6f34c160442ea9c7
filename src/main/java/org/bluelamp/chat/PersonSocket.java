package org.bluelamp.chat;

import org.bluelamp.platform.language.Dates;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The person's live connection to their chat: new lines, the handler typing, their place in the queue, answered and
 * ended, pushed as they happen from whichever instance they happen on. The browser may say only that it is still
 * there ({@code ping}) and that the person is typing ({@code typing}, passed on at most every two seconds); anything
 * else is ignored.
 */
@Component
class PersonSocket extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(PersonSocket.class);
    private static final Duration TYPING_AT_MOST_EVERY = Duration.ofSeconds(2);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT = 256 * 1024;

    private final ChatDesk desk;
    private final JsonMapper json;
    private final LanguageTexts texts;
    private final Clock clock;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    PersonSocket(ChatDesk desk, JsonMapper json, LanguageTexts texts, Clock clock) {
        this.desk = desk;
        this.json = json;
        this.texts = texts;
        this.clock = clock;
    }

    /** One browser's connection to its chat on this instance. */
    private final class Connection {
        final UUID chat;
        final Dates dates;
        final WebSocketSession session;
        final ChatSubscription following;
        volatile Instant lastTyping = Instant.EPOCH;
        volatile boolean waiting;

        Connection(UUID chat, Language language, WebSocketSession session) {
            this.chat = chat;
            this.dates = texts.dates(language);
            this.session = session;
            this.following = desk.follow(chat, this::hear);
        }

        void hear(ChatEvent event) {
            switch (event) {
                case ChatEvent.Line line -> {
                    var message = new LinkedHashMap<String, Object>();
                    message.put("type", "line");
                    message.put("seq", line.seq());
                    message.put("from", line.from());
                    message.put("text", line.text());
                    message.put("time", dates.timeOfDay(line.at()));
                    message.put("flagged", !line.words().isEmpty());
                    send(message);
                }
                case ChatEvent.Typing typing -> {
                    if (!typing.from().equals(Speaker.PERSON.code())) {
                        send(Map.of("type", "typing", "from", typing.from()));
                    }
                }
                case ChatEvent.Answered answered -> {
                    waiting = false;
                    send(Map.of("type", "answered"));
                }
                case ChatEvent.Ended ended -> {
                    send(Map.of("type", "ended"));
                    close(session);
                }
                case ChatEvent.Transferred transferred -> {
                    // The person's chat goes on: nothing for them to see.
                }
                case ChatEvent.QueueChanged changed -> {
                    // Only to watchers, never to a chat's followers.
                }
            }
        }

        void send(Map<String, ?> message) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.sendMessage(new TextMessage(json.writeValueAsString(message)));
            } catch (IOException | RuntimeException e) {
                // A browser gone away mid-send: its close will follow; nothing personal is in this line.
                log.debug("Could not send a chat message to a session: {}", e.getClass().getSimpleName());
            }
        }
    }

    private volatile ChatSubscription queue;

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        var chatId = (UUID) session.getAttributes().get(PersonHandshake.CHAT);
        watchQueueOnce();
        desk.heardFrom(chatId);
        var chat = desk.find(chatId);
        var connection = new Connection(chatId, chat.map(Chat::language).orElse(Language.ENGLISH),
                new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT));
        connections.put(session.getId(), connection);
        if (chat.isEmpty() || !chat.get().live()) {
            connection.send(Map.of("type", "ended"));
            close(connection.session);
        } else if (chat.get().status() == ChatStatus.WAITING) {
            connection.waiting = true;
            tellPlace(connection);
        } else {
            connection.send(Map.of("type", "answered"));
        }
    }

    /**
     * One watcher of the queue for every waiting person connected here: on a change, each hears their place. The
     * places are worked out once for all of them, away from the thread that hands out every chat's events, and
     * changes that come while that is under way are answered by one more round, not one each.
     */
    private void watchQueueOnce() {
        if (queue == null) {
            synchronized (this) {
                if (queue == null) {
                    queue = desk.watchQueue(event -> placesWanted());
                }
            }
        }
    }

    private void placesWanted() {
        if (connections.values().stream().noneMatch(c -> c.waiting)) {
            return;
        }
        if (placesAgain.getAndSet(true)) {
            return;
        }
        Thread.ofVirtual().name("chat-queue-places").start(() -> {
            synchronized (placesRound) {
                placesAgain.set(false);
                try {
                    var places = desk.queuePlaces();
                    connections.values().stream().filter(c -> c.waiting).forEach(c -> {
                        var place = places.get(c.chat);
                        if (place != null) {
                            tell(c, place);
                        }
                    });
                } catch (RuntimeException e) {
                    log.warn("Could not tell waiting people their places: {}", e.getClass().getSimpleName());
                }
            }
        });
    }

    private final java.util.concurrent.atomic.AtomicBoolean placesAgain = new java.util.concurrent.atomic.AtomicBoolean();
    private final Object placesRound = new Object();

    private void tellPlace(Connection connection) {
        tell(connection, desk.placeOf(connection.chat));
    }

    private static void tell(Connection connection, ChatDesk.QueuePlace place) {
        if (place.position() > 0) {
            connection.send(Map.of("type", "queue", "position", place.position(), "minutes", place.minutes()));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        var connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        String type;
        try {
            type = json.readTree(message.getPayload()).path("type").asString("");
        } catch (RuntimeException e) {
            // Not JSON: not ours to act on.
            return;
        }
        switch (type) {
            case "ping" -> desk.heardFrom(connection.chat);
            case "typing" -> {
                var now = clock.instant();
                if (Duration.between(connection.lastTyping, now).compareTo(TYPING_AT_MOST_EVERY) >= 0) {
                    connection.lastTyping = now;
                    desk.typing(connection.chat, Speaker.PERSON);
                }
            }
            default -> {
                // Nothing else is the browser's to say.
            }
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        var connection = connections.remove(session.getId());
        if (connection != null) {
            connection.following.close();
            desk.heardFrom(connection.chat);
        }
    }

    private static void close(WebSocketSession session) {
        try {
            session.close(CloseStatus.NORMAL);
        } catch (IOException ignored) {
            // Already gone.
        }
    }
}
