package org.bluelamp.chat;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The person's live connection, opened by their chat's key; only pages of this site (the default same-origin check). */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ChatSocketConfiguration implements WebSocketConfigurer {

    static final String PERSON_PATH = "/chat/now/live";

    private final PersonSocket socket;
    private final ChatDesk desk;

    ChatSocketConfiguration(PersonSocket socket, ChatDesk desk) {
        this.socket = socket;
        this.desk = desk;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, PERSON_PATH).addInterceptors(new PersonHandshake(desk));
    }
}
