package org.bluelamp.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL is the only database: an external server when one is configured, otherwise a real PostgreSQL
 * started in-process with a persistent data directory, so one command runs Bluelamp with nothing to set up.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        var config = new HikariConfig();
        config.setPoolName("bluelamp");
        config.setMaximumPoolSize(10);
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        if (properties.external()) {
            return EmbeddedDatabase.NONE;
        }
        Path dir = properties.dataDir().toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(dir.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.cleanStart())
                    .setServerConfig("timezone", "UTC")
                    .start();
            log.info("Embedded PostgreSQL started with its data in {}", dir);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir
                    + ". Is another Bluelamp using that folder? Set BLUELAMP_DATA_DIR to use another.", e);
        }
    }

    /** The in-process server, if there is one, closed after the connection pool. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
