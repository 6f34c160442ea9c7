package org.bluelamp.relay;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Settles who a signalling connection is before it opens. A caller is whoever holds the key of a live call. Staff are
 * signed in (the security rules see to that) and are the interpreter or handler of the call they name, or, naming no
 * call, a console watching the queue. Anyone else is refused.
 */
final class SignallingHandshake implements HandshakeInterceptor {

    private final RelayDesk desk;
    private final boolean forCallers;

    private SignallingHandshake(RelayDesk desk, boolean forCallers) {
        this.desk = desk;
        this.forCallers = forCallers;
    }

    static SignallingHandshake callers(RelayDesk desk) {
        return new SignallingHandshake(desk, true);
    }

    static SignallingHandshake staff(RelayDesk desk) {
        return new SignallingHandshake(desk, false);
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (!(request instanceof ServletServerHttpRequest servlet)) {
            return refuse(response);
        }
        var http = servlet.getServletRequest();
        var who = forCallers ? caller(http) : staff(http, attributes);
        if (who.isEmpty()) {
            return refuse(response);
        }
        who.get().forEach(attributes::put);
        return true;
    }

    private Optional<Map<String, Object>> caller(HttpServletRequest http) {
        return CallerKey.read(http).flatMap(desk::callFor).filter(RelayCall::live)
                .map(call -> Map.of(Signalling.CALL, call.id(), Signalling.PARTICIPANT, CallRooms.CALLER));
    }

    private Optional<Map<String, Object>> staff(HttpServletRequest http, Map<String, Object> attributes) {
        var principal = http.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        var named = http.getParameter("call");
        if (named == null) {
            return Optional.of(Map.of());
        }
        UUID callId;
        try {
            callId = UUID.fromString(named);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var me = principal.getName();
        return desk.find(callId).filter(RelayCall::live).filter(call -> call.hasStaff(me))
                .map(call -> Map.of(Signalling.CALL, call.id(), Signalling.PARTICIPANT,
                        me.equals(call.interpreter()) ? CallRooms.INTERPRETER : CallRooms.HANDLER));
    }

    private static boolean refuse(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
        // Nothing to tidy.
    }
}
