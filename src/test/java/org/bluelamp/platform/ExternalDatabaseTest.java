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

/** With BLUELAMP_DB_URL set, Bluelamp uses that PostgreSQL server and starts none of its own. */
class ExternalDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aConfiguredServerIsUsedInsteadOfTheEmbeddedOne() throws Exception {
        try (var server = EmbeddedPostgres.builder().start()) {
            var app = new SpringApplicationBuilder(BluelampApplication.class).run("--server.port=0",
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
}
