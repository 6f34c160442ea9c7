package org.bluelamp.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code postmaster.pid} in a data folder: which process serves the folder, and on which port. It is
 * there while a server runs, and is left behind when one dies without stopping.
 *
 * @param pid     the server's process id
 * @param dataDir the folder the server was started on, as it was written
 * @param port    the TCP port it listens on
 */
record PostmasterPidFile(long pid, Path dataDir, int port) {

    static final String FILE_NAME = "postmaster.pid";

    static Optional<PostmasterPidFile> in(Path dataDir) {
        try {
            return parse(Files.readAllLines(dataDir.resolve(FILE_NAME)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + dataDir.resolve(FILE_NAME), e);
        }
    }

    /** The first four lines are the process id, the data folder, the start time and the port. */
    static Optional<PostmasterPidFile> parse(List<String> lines) {
        if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+") || !lines.get(3).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(new PostmasterPidFile(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip()),
                Integer.parseInt(lines.get(3).strip())));
    }
}
