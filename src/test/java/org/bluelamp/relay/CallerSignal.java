package org.bluelamp.relay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A caller's signalling connection as a test holds it: the key in a cookie, and every message the server sends. */
public final class CallerSignal implements WebSocket.Listener, AutoCloseable {

    /** One client for every connection: a benchmark opens hundreds. */
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects with this cookie header; fails (CompletionException) if the server refuses the handshake. */
    public static CallerSignal connect(int port, String path, String cookie) {
        var signal = new CallerSignal();
        var builder = CLIENT.newWebSocketBuilder();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        builder.header("Origin", "http://localhost:" + port);
        signal.socket = builder.buildAsync(URI.create("ws://localhost:" + port + path), signal).join();
        return signal;
    }

    /** The next message the server sends, waiting up to ten seconds for it. */
    public String next() throws InterruptedException {
        var message = received.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("No message from the server within ten seconds");
        }
        return message;
    }

    /** The next message of this type, skipping others. */
    public String next(String type) throws InterruptedException {
        while (true) {
            var message = next();
            if (message.contains("\"type\":\"" + type + "\"")) {
                return message;
            }
        }
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** The key's cookie header for a caller's web session, as the browser sends it to the signalling endpoint. */
    public static String keyOf(org.bluelamp.WebSession caller) {
        return CallerKey.NAME + "=" + caller.cookie(CallerKey.NAME);
    }

    /** Closes it, unless the server already has (as it does when the call ends). */
    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null).join();
        }
    }
}
