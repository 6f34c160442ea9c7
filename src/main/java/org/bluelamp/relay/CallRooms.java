package org.bluelamp.relay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is connected to what, on this instance: each call's participants (caller, interpreter, handler) and the
 * consoles watching the queue. A message for someone not connected here goes to the other instances through the
 * {@link SignalBus}, and the one where they are connected delivers it.
 */
@Component
class CallRooms {

    static final String CALLER = "caller";
    static final String INTERPRETER = "interpreter";
    static final String HANDLER = "handler";

    private static final Logger log = LoggerFactory.getLogger(CallRooms.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT = 512 * 1024;

    private final Map<UUID, Map<String, WebSocketSession>> rooms = new ConcurrentHashMap<>();
    private final Map<String, WebSocketSession> consoles = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private final SignalBus bus;

    CallRooms(JsonMapper json, SignalBus bus) {
        this.json = json;
        this.bus = bus;
        bus.receiveWith(this::deliver);
    }

    /** An envelope from another instance, for whoever of it is connected here. */
    private void deliver(Envelope envelope) {
        switch (envelope.to()) {
            case Envelope.CONSOLES -> consoles.values().forEach(session -> send(session, envelope.message()));
            case Envelope.CLOSE -> closeHere(envelope.call());
            default -> local(envelope.call(), envelope.to()).ifPresent(s -> send(s, envelope.message()));
        }
    }

    private Optional<WebSocketSession> local(UUID callId, String participant) {
        return Optional.ofNullable(rooms.get(callId)).map(room -> room.get(participant));
    }

    /** Joins the call, replacing (and closing) an older connection of the same participant: a rejoin. */
    void enter(UUID callId, String participant, WebSocketSession session) {
        var previous = rooms.computeIfAbsent(callId, id -> new ConcurrentHashMap<>())
                .put(participant, safe(session));
        if (previous != null && previous.isOpen() && !previous.getId().equals(session.getId())) {
            close(previous);
        }
    }

    /** Leaves the call if this connection is still the participant's current one; says whether it was. */
    boolean leave(UUID callId, String participant, WebSocketSession session) {
        var room = rooms.get(callId);
        if (room == null) {
            return false;
        }
        boolean removed = room.computeIfPresent(participant,
                (p, current) -> current.getId().equals(session.getId()) ? null : current) == null;
        rooms.computeIfPresent(callId, (id, r) -> r.isEmpty() ? null : r);
        return removed;
    }

    /** To the participant, here or on the instance they are connected to. */
    void send(UUID callId, String participant, RelayMessage message) {
        local(callId, participant).ifPresentOrElse(session -> send(session, message),
                () -> bus.publish(new Envelope(bus.instance(), callId, participant, message)));
    }

    void sendToAll(UUID callId, RelayMessage message) {
        List.of(CALLER, INTERPRETER, HANDLER).forEach(participant -> send(callId, participant, message));
    }

    /** Closes every connection to a call that has ended, on every instance. */
    void closeRoom(UUID callId) {
        closeHere(callId);
        bus.publish(new Envelope(bus.instance(), callId, Envelope.CLOSE, null));
    }

    private void closeHere(UUID callId) {
        Optional.ofNullable(rooms.remove(callId)).ifPresent(room -> room.values().forEach(CallRooms::close));
    }

    void watchQueue(WebSocketSession session) {
        consoles.put(session.getId(), safe(session));
    }

    void stopWatching(WebSocketSession session) {
        consoles.remove(session.getId());
    }

    /**
     * Staff with the console open on this instance: the interpreters on duty, for the caller's estimate. With several
     * instances it counts only those here, which only makes the estimate longer.
     */
    int consolesOpen() {
        return (int) consoles.values().stream().map(s -> s.getPrincipal() == null ? s.getId() : s.getPrincipal().getName())
                .distinct().count();
    }

    void tellConsoles(RelayMessage message) {
        consoles.values().forEach(session -> send(session, message));
        bus.publish(new Envelope(bus.instance(), null, Envelope.CONSOLES, message));
    }

    private void send(WebSocketSession session, RelayMessage message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendMessage(new TextMessage(json.writeValueAsString(message)));
        } catch (IOException | RuntimeException e) {
            // A browser gone away mid-send: its close will follow; nothing personal is in this line.
            log.debug("Could not send a relay message to a session: {}", e.getMessage());
        }
    }

    private static WebSocketSession safe(WebSocketSession session) {
        return session instanceof ConcurrentWebSocketSessionDecorator ? session
                : new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT);
    }

    private static void close(WebSocketSession session) {
        try {
            session.close(CloseStatus.NORMAL);
        } catch (IOException ignored) {
            // Already gone.
        }
    }
}
