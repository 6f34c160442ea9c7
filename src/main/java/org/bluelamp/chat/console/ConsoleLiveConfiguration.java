package org.bluelamp.chat.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The console's live connection, behind sign-in (the /staff/chat/** security rule), same-origin only. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ConsoleLiveConfiguration implements WebSocketConfigurer {

    private final ConsoleLive live;

    ConsoleLiveConfiguration(ConsoleLive live) {
        this.live = live;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(live, ConsoleLive.PATH).addInterceptors(live);
    }
}
