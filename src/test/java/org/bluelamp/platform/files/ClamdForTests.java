package org.bluelamp.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import static org.awaitility.Awaitility.await;

/**
 * Debian's clamd (/usr/sbin/clamd, installed by bin/test), run for a test class on a free port of 127.0.0.1 with a
 * database of signatures the test writes itself: there is no network for freshclam, and the tests need to know
 * exactly what is "infected". It starts with one signature, for the EICAR test file.
 */
public final class ClamdForTests {

    public static final Path CLAMD = Path.of("/usr/sbin/clamd");
    /** Smaller than clamd's default, so a test can send a file over it. */
    public static final int STREAM_MAX_LENGTH = 1024 * 1024;

    private final Path folder;
    private final Path database;
    private final int port;
    private Process process;

    private ClamdForTests(Path folder, int port) {
        this.folder = folder;
        this.database = folder.resolve("db");
        this.port = port;
    }

    /**
     * The EICAR anti-virus test file (eicar.org): harmless, and found by every scanner. Put together here so this
     * source file is not itself flagged by a scanner on a developer's machine.
     */
    public static byte[] eicar() {
        String first = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$";
        String second = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
        return (first + second).getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the configuration and the EICAR signature, and starts clamd; it answers PING before this returns. */
    public static ClamdForTests start() {
        if (!Files.isExecutable(CLAMD)) {
            throw new IllegalStateException(CLAMD + " is missing: install Debian's clamav-daemon (bin/test does)");
        }
        try {
            var clamd = new ClamdForTests(Files.createTempDirectory("bluelamp-clamd"), freePort());
            Files.createDirectories(clamd.database);
            clamd.addSignature("Eicar-Test-Signature", eicar());
            Files.writeString(clamd.folder.resolve("clamd.conf"), """
                    Foreground yes
                    TCPSocket %d
                    TCPAddr 127.0.0.1
                    DatabaseDirectory %s
                    StreamMaxLength %d
                    LogTime yes
                    """.formatted(clamd.port, clamd.database, STREAM_MAX_LENGTH));
            clamd.start0();
            return clamd;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Adds a signature for exactly this content (an .hdb line: MD5, size, name); read when clamd next starts. */
    public void addSignature(String name, byte[] content) {
        try {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
            Files.writeString(database.resolve(name + ".hdb"), md5 + ":" + content.length + ":" + name + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops clamd: nothing listens on its port until {@link #restart()}. */
    public void stop() {
        if (process != null) {
            process.destroy();
            await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
            process = null;
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !client().ping());
    }

    /** Stops clamd and removes its folder. */
    public void close() {
        stop();
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts clamd again on the same port, with the signatures as they are now. */
    public void restart() {
        stop();
        start0();
    }

    private void start0() {
        try {
            process = new ProcessBuilder(CLAMD.toString(), "-c", folder.resolve("clamd.conf").toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("clamd.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .failFast("clamd stopped; see " + folder.resolve("clamd.log"), () -> !process.isAlive())
                .until(() -> client().ping());
    }

    private Clamd client() {
        return new Clamd("127.0.0.1", port, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
