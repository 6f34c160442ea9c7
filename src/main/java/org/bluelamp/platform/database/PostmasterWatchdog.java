package org.bluelamp.platform.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A tiny shell process that stops the embedded PostgreSQL when this JVM dies without its shutdown hooks
 * ({@code kill -9}, the out-of-memory killer). PostgreSQL runs in a session of its own, so it would otherwise
 * outlive the JVM holding the data folder. The watchdog reads a pipe whose only writer is this JVM: the kernel
 * closes it when the JVM ends, however it ends, and the watchdog wakes at once (no polling) and sends the server
 * a fast shutdown, if the pid file still names it. It ignores Ctrl+C and SIGTERM, which the JVM handles itself.
 */
final class PostmasterWatchdog implements AutoCloseable {

    private static final String SCRIPT = """
            trap '' INT TERM HUP PIPE
            while read -r _; do :; done
            if [ -f "$2" ] && read -r running < "$2" && [ "$running" = "$1" ]; then kill -INT "$1"; fi
            """;

    private final Process process;
    private final OutputStream lifeline;

    private PostmasterWatchdog(Process process) {
        this.process = process;
        this.lifeline = process.getOutputStream();
    }

    static PostmasterWatchdog watch(long postmasterPid, Path dataDir) {
        try {
            var process = new ProcessBuilder("sh", "-c", SCRIPT, "bluelamp-postgres-watchdog",
                    Long.toString(postmasterPid), dataDir.resolve(PostmasterPidFile.FILE_NAME).toString())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new PostmasterWatchdog(process);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL's watchdog", e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** After a clean stop of the server: the watchdog finds no server to stop, and ends. */
    @Override
    public void close() throws IOException {
        lifeline.close();
    }
}
