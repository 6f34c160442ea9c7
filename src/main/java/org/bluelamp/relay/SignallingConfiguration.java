package org.bluelamp.relay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Two signalling endpoints: the caller's, opened by their call's key, and the staff's, behind sign-in. Both accept
 * only pages of this site (the default same-origin check).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SignallingConfiguration implements WebSocketConfigurer {

    static final String CALLER_PATH = "/bsl/call/signal";
    static final String STAFF_PATH = "/staff/relay/signal";

    private final Signalling signalling;
    private final RelayDesk desk;

    SignallingConfiguration(Signalling signalling, RelayDesk desk) {
        this.signalling = signalling;
        this.desk = desk;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(signalling, CALLER_PATH).addInterceptors(SignallingHandshake.callers(desk));
        registry.addHandler(signalling, STAFF_PATH).addInterceptors(SignallingHandshake.staff(desk));
    }

    /** Offers and answers with many network candidates run to some kilobytes; nothing else is large. */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(64 * 1024);
        container.setMaxSessionIdleTimeout(120_000L);
        return container;
    }
}
