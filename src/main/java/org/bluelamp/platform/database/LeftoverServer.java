package org.bluelamp.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Deals with what a Bluelamp that died without stopping (killed, out of memory, power cut) left in the data folder,
 * before the embedded server is started on it. Only called while this process holds the folder's
 * {@link DataFolderLock}, so no running Bluelamp owns whatever is found. Nothing in the folder is deleted:
 * PostgreSQL's own crash recovery replays its write-ahead log on the next start.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    /** Stops a server left running on the folder, and moves aside a pid file that names some other process. */
    static void clearAway(Path dataDir, Duration patience) {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.in(dataDir);
        if (pidFile.isEmpty()) {
            return;
        }
        long pid = pidFile.get().pid();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL itself ignores a pid file whose process is gone.
        }
        Optional<String> command = process.get().info().command();
        if (command.isEmpty()) {
            return; // Cannot tell what it is (another user's process): leave the decision to PostgreSQL.
        }
        if (isPostgres(command.get()) && sameFolder(pidFile.get().dataDir(), dataDir)) {
            stop(process.get(), dataDir, patience);
        } else {
            // After a reboot the old server's process id can belong to something else, and PostgreSQL would then
            // refuse to start. The file is only moved, so nothing is lost.
            log.warn("The embedded PostgreSQL's pid file in {} names process {}, which is not its server: the "
                    + "file was left by a crash. Moving it aside to {}.stale and starting.", dataDir, pid,
                    PostmasterPidFile.FILE_NAME);
            move(dataDir.resolve(PostmasterPidFile.FILE_NAME), dataDir.resolve(PostmasterPidFile.FILE_NAME + ".stale"));
        }
    }

    private static void stop(ProcessHandle server, Path dataDir, Duration patience) {
        log.warn("The embedded PostgreSQL (process {}) is still running on {}, left by a Bluelamp that stopped "
                + "without shutting it down. Stopping it (fast shutdown) and starting again; PostgreSQL recovers "
                + "from its log.", server.pid(), dataDir);
        Signals.interrupt(server.pid());
        try {
            server.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            log.info("The left-over PostgreSQL (process {}) has stopped.", server.pid());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL left running on " + dataDir + " (process "
                    + server.pid() + ") did not stop within " + patience.toSeconds() + " seconds. Stop it, then "
                    + "start Bluelamp again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the left-over PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for the left-over PostgreSQL to stop", e);
        }
    }

    private static boolean isPostgres(String command) {
        return Path.of(command).getFileName().toString().equals("postgres");
    }

    private static boolean sameFolder(Path written, Path dataDir) {
        try {
            return Files.exists(written) && Files.isSameFile(written, dataDir);
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not move the stale " + from + " aside", e);
        }
    }
}
