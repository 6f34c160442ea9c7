package org.bluelamp.platform.database;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Sends SIGINT, which PostgreSQL takes as "fast shutdown": end sessions, write a checkpoint, stop. Java can only
 * send SIGTERM (PostgreSQL's "smart" shutdown, which waits for every client) or SIGKILL (a crash), so the shell's
 * {@code kill} is used.
 */
final class Signals {

    private Signals() {
    }

    static void interrupt(long pid) {
        try {
            var kill = new ProcessBuilder("sh", "-c", "kill -INT \"$1\"", "sh", Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not signal process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling process " + pid, e);
        }
    }
}
