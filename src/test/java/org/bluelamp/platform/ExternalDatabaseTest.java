package org.bluelamp.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bluelamp.BluelampApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** With BLUELAMP_DB_URL set, Bluelamp uses that PostgreSQL server and starts none of its own. */
class ExternalDatabaseTest {

    /** What every instance on an external database must share, or it refuses to start (SharedInstallationCheck). */
    static final String SHARED_KEY = "--bluelamp.staff.secrets-key=" + "A".repeat(43) + "=";
    static final String SHARED_FOLDER = "--bluelamp.files.shared-folder=true";

    @TempDir
    Path dataDir;

    /** Set as Spring Boot's usual spring.datasource.* here; the next test uses BLUELAMP_DB_* (bluelamp.database.*). */
    @Test
    void aConfiguredServerIsUsedInsteadOfTheEmbeddedOne() throws Exception {
        try (var server = EmbeddedPostgres.builder().start()) {
            var app = new SpringApplicationBuilder(BluelampApplication.class).run("--server.port=0", "--management.server.port=0",
                    "--logging.level.root=warn", "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--bluelamp.database.data-dir=" + dataDir, SHARED_KEY,
                    SHARED_FOLDER,
                    "--bluelamp.staff.admin-password=external-db-password");
            app.close();
            var tables = JdbcClient.create(server.getPostgresDatabase())
                    .sql("SELECT count(*) FROM staff_account WHERE username = 'admin'").query(Integer.class).single();
            assertThat(tables).isOne();
            assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();
        }
    }

    @Test
    void withAnOwnerSetTheApplicationRunsAsItsOwnRoleAndCannotChangeTheAccessLog() throws Exception {
        try (var server = EmbeddedPostgres.builder().start()) {
            var owner = JdbcClient.create(server.getPostgresDatabase());
            owner.sql("CREATE ROLE external_app LOGIN PASSWORD 'app-password'").update();
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            var app = new SpringApplicationBuilder(BluelampApplication.class).run("--server.port=0", "--management.server.port=0",
                    "--logging.level.root=warn", "--bluelamp.database.url=" + url,
                    "--bluelamp.database.username=external_app", "--bluelamp.database.password=app-password",
                    "--bluelamp.database.owner.username=postgres", "--bluelamp.database.owner.password=postgres",
                    "--bluelamp.database.data-dir=" + dataDir, SHARED_KEY, SHARED_FOLDER, "--bluelamp.staff.admin-password=external-db-password");
            var asApplication = app.getBean(JdbcClient.class);
            String user = asApplication.sql("SELECT current_user").query(String.class).single();
            var refused = catchThrowable(() -> asApplication.sql("DELETE FROM access_log").update());
            app.close();

            assertThat(user).isEqualTo("external_app");
            assertThat(refused).hasStackTraceContaining("permission denied");
            assertThat(owner.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'access_log'")
                    .query(String.class).single()).isEqualTo("postgres");
        }
    }
}
