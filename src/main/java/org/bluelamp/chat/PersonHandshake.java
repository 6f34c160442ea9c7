package org.bluelamp.chat;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import java.util.Map;

/**
 * Opens the person's live connection only with the key of a live chat, as the relay's caller handshake does: the
 * connection is that chat's, and nothing the browser sends later changes which chat it is.
 */
final class PersonHandshake implements HandshakeInterceptor {

    static final String CHAT = "chat.id";

    private final ChatDesk desk;

    PersonHandshake(ChatDesk desk) {
        this.desk = desk;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        var chat = request instanceof ServletServerHttpRequest servlet
                ? ChatKey.read(servlet.getServletRequest()).flatMap(desk::chatFor).filter(Chat::live)
                : java.util.Optional.<Chat>empty();
        if (chat.isEmpty()) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(CHAT, chat.get().id());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
        // Nothing to tidy.
    }
}
