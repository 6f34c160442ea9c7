package org.bluelamp.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Talks to clamd over TCP: {@code zINSTREAM} sends the content in chunks, each after its length as four bytes
 * (big-endian), then a length of zero; clamd answers {@code stream: OK}, {@code stream: <name> FOUND} or an error,
 * ended by a zero byte. The content is streamed, never held whole. Only OK is clean: an error, a time-out or
 * "INSTREAM size limit exceeded" (the file is larger than clamd's StreamMaxLength) is not scanned.
 */
final class Clamd {

    /** What clamd said of a stream; {@code signature} names the virus found, or says what went wrong. */
    record Reply(ScanState state, String signature) {
    }

    private static final int CHUNK = 64 * 1024;
    private static final int LONGEST_REPLY = 1024;

    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    Clamd(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
    }

    /**
     * Scans what the stream holds; the caller closes it. A failure to read the content itself (not clamd) is thrown.
     *
     * @throws IOException when clamd cannot be reached or does not answer in time
     */
    Reply scan(InputStream content) throws IOException {
        try (var socket = connect()) {
            var out = socket.getOutputStream();
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            try {
                send(content, out);
            } catch (IOException refusedMidway) {
                // clamd stops reading and answers once a stream passes its StreamMaxLength: read why.
                return read(socket.getInputStream(), refusedMidway);
            }
            return read(socket.getInputStream(), null);
        }
    }

    /** Whether clamd answers PING with PONG. */
    boolean ping() {
        try (var socket = connect()) {
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            return "PONG".equals(reply(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    private Socket connect() throws IOException {
        var socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static void send(InputStream content, OutputStream out) throws IOException {
        byte[] chunk = new byte[CHUNK];
        byte[] length = new byte[4];
        while (true) {
            int read;
            try {
                read = content.readNBytes(chunk, 0, CHUNK);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read a file to scan it", e);
            }
            if (read == 0) {
                break;
            }
            out.write(bigEndian(read, length));
            out.write(chunk, 0, read);
        }
        out.write(bigEndian(0, length));
        out.flush();
    }

    private static Reply read(InputStream in, IOException whileSending) throws IOException {
        String reply;
        try {
            reply = reply(in);
        } catch (IOException e) {
            if (whileSending != null) {
                e.addSuppressed(whileSending);
            }
            throw e;
        }
        if (reply.endsWith(" OK") && whileSending == null) {
            return new Reply(ScanState.CLEAN, null);
        }
        if (reply.endsWith(" FOUND")) {
            String found = reply.substring(0, reply.length() - " FOUND".length());
            return new Reply(ScanState.INFECTED, found.substring(found.indexOf(':') + 1).strip());
        }
        // "INSTREAM size limit exceeded. ERROR", or any other error: not scanned, never taken for clean.
        return new Reply(ScanState.PENDING, reply.isEmpty() ? "no reply" : reply);
    }

    /** One reply, up to its zero byte (or the end of the stream). */
    private static String reply(InputStream in) throws IOException {
        var reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && reply.size() < LONGEST_REPLY) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }

    private static byte[] bigEndian(int value, byte[] into) {
        into[0] = (byte) (value >>> 24);
        into[1] = (byte) (value >>> 16);
        into[2] = (byte) (value >>> 8);
        into[3] = (byte) value;
        return into;
    }
}
