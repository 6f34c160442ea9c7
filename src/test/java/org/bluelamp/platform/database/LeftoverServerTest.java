package org.bluelamp.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a crash leaves in the embedded server's folder is dealt with before it starts, and nothing is deleted. */
class LeftoverServerTest {

    @TempDir
    Path dataDir;

    @Test
    void thePidFileIsReadForProcessFolderAndPort() {
        var file = PostmasterPidFile.parse(List.of("4242", "/srv/bluelamp/data/postgres", "1795612592", "46753",
                "/tmp", "localhost", "  1234567", "ready"));
        assertThat(file).contains(new PostmasterPidFile(4242, Path.of("/srv/bluelamp/data/postgres"), 46753));
        assertThat(PostmasterPidFile.parse(List.of("4242", "/srv"))).isEmpty();
        assertThat(PostmasterPidFile.parse(List.of("not a pid", "/srv", "0", "5432"))).isEmpty();
    }

    @Test
    void aPidFileNamingALiveProcessThatIsNotItsServerIsMovedAsideNotDeleted() throws Exception {
        // As after a reboot, when the old server's process id belongs to something else (here, this JVM).
        var content = ProcessHandle.current().pid() + "\n" + dataDir + "\n1795612592\n46753\n/tmp\nlocalhost\n";
        Files.writeString(dataDir.resolve("postmaster.pid"), content);

        LeftoverServer.clearAway(dataDir, Duration.ofSeconds(5));

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        assertThat(dataDir.resolve("postmaster.pid.stale")).hasContent(content);
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aPidFileWhoseProcessHasEndedIsLeftForPostgresToIgnore() throws Exception {
        var ended = new ProcessBuilder("true").start();
        ended.waitFor();
        var content = ended.pid() + "\n" + dataDir + "\n1795612592\n46753\n";
        Files.writeString(dataDir.resolve("postmaster.pid"), content);

        LeftoverServer.clearAway(dataDir, Duration.ofSeconds(5));

        assertThat(dataDir.resolve("postmaster.pid")).hasContent(content);
    }

    @Test
    void aFolderWithNoServerIsLeftAsItIs() throws Exception {
        Files.writeString(dataDir.resolve("PG_VERSION"), "18\n");
        LeftoverServer.clearAway(dataDir, Duration.ofSeconds(5));
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(dataDir.resolve("PG_VERSION"));
        }
    }
}
