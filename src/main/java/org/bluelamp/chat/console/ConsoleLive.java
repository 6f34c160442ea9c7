package org.bluelamp.chat.console;

import org.bluelamp.chat.Chat;
import org.bluelamp.chat.ChatDesk;
import org.bluelamp.chat.ChatEvent;
import org.bluelamp.chat.ChatSubscription;
import org.bluelamp.chat.Speaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The console's live connection ({@code /staff/chat/live}): without a chat, it hears the queue change; naming a chat
 * its handler holds, it hears that chat's lines, the person typing, and the chat moving or ending, from whichever
 * instance they happen on (the engine carries them through PostgreSQL). The only thing a browser may send is that
 * the handler is typing; anything else is ignored. Who it is was settled at the handshake.
 */
@Component
class ConsoleLive extends TextWebSocketHandler implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ConsoleLive.class);
    static final String PATH = "/staff/chat/live";
    private static final String CHAT = "chat.id";
    private static final String SUBSCRIPTION = "chat.subscription";
    private static final String LAST_TYPING = "chat.typing";
    /** "Typing" is said at most this often per connection, however fast the keys go. */
    private static final Duration TYPING_EVERY = Duration.ofSeconds(2);
    private static final String TYPING = "{\"type\":\"typing\"}";

    private final ChatDesk desk;
    private final JsonMapper json;

    ConsoleLive(ChatDesk desk, JsonMapper json) {
        this.desk = desk;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (!(request instanceof ServletServerHttpRequest servlet)
                || servlet.getServletRequest().getUserPrincipal() == null) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        var http = servlet.getServletRequest();
        var named = http.getParameter("chat");
        if (named == null) {
            return true;
        }
        var me = http.getUserPrincipal().getName();
        try {
            var held = desk.find(UUID.fromString(named)).filter(chat -> chat.heldBy(me));
            if (held.isPresent()) {
                attributes.put(CHAT, held.get().id());
                return true;
            }
        } catch (IllegalArgumentException notAnId) {
            // refused below, as a chat that is not theirs
        }
        response.setStatusCode(HttpStatus.FORBIDDEN);
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        // events arrive on the listener's thread, lines typed on request threads: one sender at a time
        var out = new ConcurrentWebSocketSessionDecorator(session, 5_000, 64 * 1024);
        var chat = (UUID) session.getAttributes().get(CHAT);
        ChatSubscription subscription = chat == null
                ? desk.watchQueue(event -> send(out, event))
                : desk.follow(chat, event -> send(out, event));
        session.getAttributes().put(SUBSCRIPTION, subscription);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        var chat = (UUID) session.getAttributes().get(CHAT);
        if (chat == null || !TYPING.equals(message.getPayload().replace(" ", ""))) {
            return;
        }
        var now = Instant.now();
        var last = (Instant) session.getAttributes().get(LAST_TYPING);
        if (last == null || last.plus(TYPING_EVERY).isBefore(now)) {
            session.getAttributes().put(LAST_TYPING, now);
            desk.typing(chat, Speaker.HANDLER);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (session.getAttributes().remove(SUBSCRIPTION) instanceof ChatSubscription subscription) {
            subscription.close();
        }
    }

    private void send(WebSocketSession out, ChatEvent event) {
        if (!out.isOpen()) {
            return;
        }
        try {
            out.sendMessage(new TextMessage(json.writeValueAsString(event)));
        } catch (IOException | IllegalStateException e) {
            log.debug("A console connection could not take an event: {}", e.getClass().getSimpleName());
        }
    }
}
