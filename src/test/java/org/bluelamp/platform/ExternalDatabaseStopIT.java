package org.bluelamp.platform;

import org.bluelamp.BluelampProcess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar, started on an external PostgreSQL that refuses connections, is stopped by a service manager (SIGTERM)
 * while it waits: it ends within seconds, says so, and prints no stack trace.
 */
class ExternalDatabaseStopIT {

    private final Path run = Path.of("target", "stop-test", UUID.randomUUID().toString()).toAbsolutePath();

    @Test
    void anInstanceWaitingForItsDatabaseStopsWithinSecondsOnSigterm() throws Exception {
        var server = "localhost:" + refusingPort() + "/bluelamp";
        var app = BluelampProcess.start(run.resolve("data"), run.resolve("bluelamp.log"),
                BluelampProcess.Launch.PLAIN, "--bluelamp.database.url=jdbc:postgresql://" + server,
                "--bluelamp.database.username=bluelamp", "--bluelamp.database.pool.retry-interval=5s",
                // What every instance on an external database needs, or it refuses to start before waiting at all.
                ExternalDatabaseTest.SHARED_KEY, ExternalDatabaseTest.SHARED_FOLDER);
        await().atMost(Duration.ofMinutes(2)).until(() -> app.log().contains("PostgreSQL at " + server
                + " cannot be reached"));

        long asked = System.nanoTime();
        var exit = app.stop(Duration.ofSeconds(10));

        assertThat(exit).as("exit within 10 seconds of SIGTERM; log:\n%s", app.log()).isPresent();
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
        assertThat(app.log()).contains("Stopped while waiting for PostgreSQL at " + server)
                .doesNotContain("\tat ", "Exception in thread");
    }

    /** A port nothing listens on: connections to it are refused. */
    private static int refusingPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
