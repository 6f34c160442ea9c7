package org.bluelamp.platform.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The systemd unit docs/deployment.md gives is one systemd accepts without a warning ({@code systemd-analyze
 * verify}, which bin/test installs if missing), with its java command pointed at this machine's JDK, since verify
 * checks that the command exists.
 */
class DeploymentFilesTest {

    @Test
    void theSystemdUnitVerifiesCleanly(@TempDir Path folder) throws Exception {
        String unit = Files.readString(Path.of("deploy", "bluelamp.service"));
        assertThat(unit).contains("ExecStart=/usr/bin/java ", "ProtectSystem=strict", "NoNewPrivileges=yes",
                "ReadWritePaths=/var/lib/bluelamp", "EnvironmentFile=/etc/bluelamp/bluelamp.env", "Restart=on-failure",
                "MemoryMax=", "TimeoutStopSec=", "-Xmx384m");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path copy = folder.resolve("bluelamp.service");
        Files.writeString(copy, unit.replace("ExecStart=/usr/bin/java ", "ExecStart=" + java + " "));

        var verify = new ProcessBuilder("systemd-analyze", "verify", "--man=no", copy.toString())
                .redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor()).as(said).isZero();
        assertThat(said).as("systemd's warnings about the unit").doesNotContain("bluelamp.service");
    }
}
