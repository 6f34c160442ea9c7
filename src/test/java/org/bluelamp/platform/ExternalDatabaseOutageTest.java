package org.bluelamp.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bluelamp.BluelampApplication;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An external PostgreSQL that is down when Bluelamp starts, or goes down while it runs: a clear log line, a kind
 * page for people, and everything works again when the server is back, without restarting Bluelamp.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseOutageTest {

    private static final String SHARED_KEY = ExternalDatabaseTest.SHARED_KEY;
    private static final String SHARED_FOLDER = ExternalDatabaseTest.SHARED_FOLDER;

    @TempDir
    Path serverFiles;

    @TempDir
    Path dataDir;

    @Test
    void bluelampWaitsForTheServerAtStartAndRecoversFromAnOutageWithoutARestart(CapturedOutput output) throws Exception {
        int port = freePort();
        var starting = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(BluelampApplication.class)
                .run("--server.port=0", "--management.server.port=0", "--logging.level.root=warn", "--logging.level.org.bluelamp=info", "--logging.level.org.bluelamp.platform.web=debug",
                        "--bluelamp.database.url=jdbc:postgresql://localhost:" + port + "/postgres",
                        "--bluelamp.database.username=postgres", "--bluelamp.database.data-dir=" + dataDir, SHARED_KEY, SHARED_FOLDER,
                        "--bluelamp.database.pool.connection-timeout=1s", "--bluelamp.database.pool.retry-interval=200ms",
                        "--bluelamp.staff.admin-password=outage-test-password"));
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(
                "PostgreSQL at localhost:" + port + "/postgres cannot be reached"));
        assertThat(starting).isNotDone();

        var server = startServer(port);
        try (ConfigurableApplicationContext app = starting.get()) {
            assertThat(output.getOut()).contains("PostgreSQL at localhost:" + port + "/postgres answers now");
            var person = new WebSession(((WebServerApplicationContext) app).getWebServer().getPort());
            person.get("/report/crime");
            assertThat(person.post("/report/crime", "emergency", "no").path()).isEqualTo("/report/crime/crime-type");
            person.post("/report/crime/crime-type", "crime-type", "criminal-damage");

            server.close();
            var outage = person.raw("/report/crime/what-happened");
            assertThat(outage.statusCode()).isEqualTo(503);
            assertThat(outage.headers().firstValue("Retry-After")).contains("60");
            assertThat(outage.body()).contains("Sorry, we are very busy", "Answers you saved before have not been lost")
                    .doesNotContain("Exception", "at org.");
            assertThat(output.getOut()).contains("The database cannot be reached or has no free connection");

            server = startServer(port);
            // A connection the pool still holds from before the outage may fail one request; then all is well.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var back = person.get("/report/crime/crime-type");
                assertThat(back.status()).isEqualTo(200);
                assertThat(back.body()).containsPattern("value=\"criminal-damage\" checked");
            });
        } finally {
            server.close();
        }
    }

    private EmbeddedPostgres startServer(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(serverFiles).setCleanDataDirectory(false)
                .start();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
