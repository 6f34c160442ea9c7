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

    @TempDir
    Path dataDir;

    @Test
    void aConfiguredServerIsUsedInsteadOfTheEmbeddedOne() throws Exception {
        try (var server = EmbeddedPostgres.builder().start()) {
            var app = new SpringApplicationBuilder(BluelampApplication.class).run("--server.port=0", "--management.server.port=0",
                    "--logging.level.root=warn", "--bluelamp.database.url=" + server.getJdbcUrl("postgres", "postgres"),
                    "--bluelamp.database.username=postgres", "--bluelamp.database.data-dir=" + dataDir,
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
                    "--bluelamp.database.data-dir=" + dataDir, "--bluelamp.staff.admin-password=external-db-password");
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
