package org.bluelamp.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.BitSet;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * One side of a chat's live connection as the bench holds it: it records when each line from the other party
 * arrives (the bench line's number and send time are in its text), and counts lines that arrive twice or after a
 * later one. Also notes the chat being answered and the other party typing, to know the connection is followed.
 */
final class LiveLines implements WebSocket.Listener {

    /** A bench line's text: its number on the sending side and when it was sent, in microseconds from the start. */
    static final Pattern TEXT = Pattern.compile("Bench (\\d+) at (\\d+)");
    private static final Pattern FROM = Pattern.compile("\"from\":\"(\\w+)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\"(\\w+)\"");

    private final String otherParty;
    private final long startNanos;
    private final StringBuilder partial = new StringBuilder();
    private final BitSet arrived = new BitSet();
    private final Samples delivery = new Samples();
    private int highest = -1;
    private int duplicated;
    private int outOfOrder;
    private volatile boolean answered;
    private volatile boolean otherTyping;
    private volatile boolean closed;
    private WebSocket socket;

    private LiveLines(String otherParty, long startNanos) {
        this.otherParty = otherParty;
        this.startNanos = startNanos;
    }

    /**
     * Opens a live connection as the page's script does: same origin, the browser's cookies. {@code otherParty} is
     * the speaker ({@code person} or {@code handler}) whose lines this side receives.
     */
    static LiveLines connect(HttpClient client, int port, String path, String cookies, String otherParty,
                             long startNanos) {
        var lines = new LiveLines(otherParty, startNanos);
        lines.socket = client.newWebSocketBuilder().header("Cookie", cookies)
                .header("Origin", "http://localhost:" + port)
                .buildAsync(URI.create("ws://localhost:" + port + path), lines).join();
        return lines;
    }

    /** The text of a bench line: its number and when it is sent. */
    static String text(int number, long startNanos) {
        return "Bench " + number + " at " + (System.nanoTime() - startNanos) / 1000;
    }

    /** One message at a time: the socket takes no second send before the first is done. */
    synchronized void send(String message) {
        socket.sendText(message, true).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            hear(partial.toString(), System.nanoTime());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private synchronized void hear(String message, long now) {
        var type = TYPE.matcher(message);
        var from = FROM.matcher(message);
        if (!type.find()) {
            return;
        }
        switch (type.group(1)) {
            case "answered" -> answered = true;
            case "typing" -> otherTyping |= from.find() && from.group(1).equals(otherParty);
            case "line" -> {
                var text = TEXT.matcher(message);
                if (from.find() && from.group(1).equals(otherParty) && text.find()) {
                    line(Integer.parseInt(text.group(1)), Long.parseLong(text.group(2)), now);
                }
            }
            default -> {
                // queue places and the rest: not what is measured
            }
        }
    }

    private void line(int number, long sentMicros, long now) {
        if (arrived.get(number)) {
            duplicated++;
            return;
        }
        arrived.set(number);
        if (number < highest) {
            outOfOrder++;
        }
        highest = Math.max(highest, number);
        delivery.add(now - startNanos - sentMicros * 1000);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
    }

    boolean answered() {
        return answered;
    }

    boolean otherTyping() {
        return otherTyping;
    }

    boolean closed() {
        return closed;
    }

    /** How many of the lines in {@code sent} (by number) have not arrived. */
    synchronized int missing(BitSet sent) {
        var notArrived = (BitSet) sent.clone();
        notArrived.andNot(arrived);
        return notArrived.cardinality();
    }

    synchronized int duplicated() {
        return duplicated;
    }

    synchronized int outOfOrder() {
        return outOfOrder;
    }

    synchronized Samples delivery() {
        return delivery;
    }

    void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
    }
}
