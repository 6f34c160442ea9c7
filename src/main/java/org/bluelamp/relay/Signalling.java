package org.bluelamp.relay;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The call's signalling: browsers swap WebRTC offers, answers and network candidates through here, only along the
 * call's two links (caller and interpreter, interpreter and handler), and learn when the other side comes and goes.
 * Who a connection is was settled at the handshake ({@link SignallingHandshake}); nothing a browser sends changes it.
 */
@Component
class Signalling extends TextWebSocketHandler {

    static final String CALL = "relay.call";
    static final String PARTICIPANT = "relay.participant";

    /** Who may signal whom: the interpreter sits between the caller and the handler. */
    private static final Map<String, Set<String>> LINKS = Map.of(
            CallRooms.CALLER, Set.of(CallRooms.INTERPRETER),
            CallRooms.HANDLER, Set.of(CallRooms.INTERPRETER),
            CallRooms.INTERPRETER, Set.of(CallRooms.CALLER, CallRooms.HANDLER));

    private final CallRooms rooms;
    private final RelayDesk desk;
    private final JsonMapper json;

    Signalling(CallRooms rooms, RelayDesk desk, JsonMapper json) {
        this.rooms = rooms;
        this.desk = desk;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        var callId = callOf(session);
        if (callId == null) {
            rooms.watchQueue(session);
            return;
        }
        var me = participantOf(session);
        rooms.enter(callId, me, session);
        if (me.equals(CallRooms.CALLER)) {
            desk.callerSeen(callId);
        }
        desk.find(callId).ifPresent(call -> greet(call, me));
    }

    /**
     * Tells the newcomer where the call stands, and the others that they are here. The interpreter then offers a
     * connection: at once when the caller or handler comes, or when they answer that they are ready.
     */
    private void greet(RelayCall call, String me) {
        if (call.status() == CallStatus.WAITING && me.equals(CallRooms.CALLER)) {
            var place = desk.placeOf(call.id());
            rooms.send(call.id(), me, RelayMessage.Queue.place(place.position(), place.minutes()));
        }
        if (call.status() == CallStatus.ANSWERED) {
            rooms.send(call.id(), me, new RelayMessage.Answered());
            LINKS.get(me).forEach(other -> rooms.send(call.id(), other, presence(me, true)));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        var callId = callOf(session);
        if (callId == null) {
            return;
        }
        var me = participantOf(session);
        BrowserMessage received;
        try {
            received = json.readValue(message.getPayload(), BrowserMessage.class);
        } catch (JacksonException e) {
            // Not JSON, or not a message we know: not ours to act on.
            return;
        }
        switch (received) {
            case BrowserMessage.Ping ping -> {
                if (me.equals(CallRooms.CALLER)) {
                    desk.callerSeen(callId);
                }
            }
            case BrowserMessage.Signal signal -> {
                var to = signal.to();
                if (to != null && LINKS.get(me).contains(to)) {
                    rooms.send(callId, to, new RelayMessage.Signal(me, signal.data()));
                }
            }
            case null -> {
                // The JSON null: nothing to act on.
            }
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        var callId = callOf(session);
        if (callId == null) {
            rooms.stopWatching(session);
            return;
        }
        var me = participantOf(session);
        if (rooms.leave(callId, me, session)) {
            if (me.equals(CallRooms.CALLER)) {
                desk.callerSeen(callId);
            }
            LINKS.get(me).forEach(other -> rooms.send(callId, other, presence(me, false)));
        }
    }

    private static RelayMessage presence(String who, boolean here) {
        return new RelayMessage.Presence(who, here);
    }

    private static UUID callOf(WebSocketSession session) {
        return (UUID) session.getAttributes().get(CALL);
    }

    private static String participantOf(WebSocketSession session) {
        return (String) session.getAttributes().get(PARTICIPANT);
    }
}
