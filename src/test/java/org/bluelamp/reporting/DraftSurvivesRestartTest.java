package org.bluelamp.reporting;

import org.bluelamp.BluelampApplication;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers live in PostgreSQL, so stopping the server, or it crashing, loses nothing a person typed. */
class DraftSurvivesRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BluelampApplication.class).run("--server.port=0", "--management.server.port=0",
                "--bluelamp.database.data-dir=" + dataDir, "--bluelamp.staff.admin-password=restart-test-password",
                "--logging.level.root=warn");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void aPersonCarriesOnWhereTheyWereAfterTheServerRestarts() {
        assertThat(dataDir).isEmptyDirectory();
        String draftCookie;
        try (var app = start()) {
            var session = new WebSession(port(app));
            session.get("/report/crime");
            session.post("/report/crime", "emergency", "no");
            session.post("/report/crime/crime-type", "crime-type", "criminal-damage");
            session.post("/report/crime/what-happened", "what-happened", "Someone sprayed paint on my garage door.");
            draftCookie = session.cookie("bluelamp_draft");
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (var app = start()) {
            var browserAgain = new WebSession(port(app));
            browserAgain.addCookie("bluelamp_draft", draftCookie);
            var resumed = browserAgain.get("/report/crime");
            assertThat(resumed.path()).isEqualTo("/report/crime/when");
            var earlier = browserAgain.get("/report/crime/what-happened");
            assertThat(earlier.body()).contains("Someone sprayed paint on my garage door.");
            assertThat(browserAgain.get("/report/crime/crime-type").body())
                    .containsPattern("value=\"criminal-damage\" checked");
        }
    }
}
