package org.bluelamp.bench;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The data folder of a run over many contacts: a new one under {@code bench.data-root}, deleted afterwards unless
 * {@code bench.keep-data=true}; or the folder an earlier run kept ({@code bench.data-dir}), whose contacts are used
 * as they are, which saves making 5 million again for another measurement.
 *
 * @param data   the folder Bluelamp starts on
 * @param reused whether it holds an earlier run's contacts
 */
record BenchFolder(Path data, boolean reused) {

    static BenchFolder forRun(String name) {
        String earlier = BenchSettings.text("data-dir", "");
        if (!earlier.isBlank()) {
            return new BenchFolder(Path.of(earlier).toAbsolutePath(), true);
        }
        return new BenchFolder(Path.of(BenchSettings.text("data-root", BenchSettings.RESULTS.toString()))
                .resolve(name + "-" + UUID.randomUUID()).resolve("data").toAbsolutePath(), false);
    }

    /** Deletes a folder this run made, unless asked to keep it; never an earlier run's. */
    void cleanUp() throws IOException {
        if (!reused && !Boolean.parseBoolean(BenchSettings.text("keep-data", "false"))) {
            FileSystemUtils.deleteRecursively(data.getParent());
        }
    }
}
