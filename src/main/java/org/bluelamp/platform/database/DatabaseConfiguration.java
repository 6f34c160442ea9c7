package org.bluelamp.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL is the only database: an external server when one is configured, otherwise a real PostgreSQL
 * started in-process with a persistent data directory, so one command runs Bluelamp with nothing to set up.
 *
 * <p>Spring closes beans in the reverse of the order they were made, so the pool (which everything that uses the
 * database depends on) closes after them, and the embedded server (which the pool depends on) closes last.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, ServerChoice server) {
        var config = new HikariConfig();
        config.setPoolName("bluelamp");
        config.setMaximumPoolSize(properties.pool().maxSize());
        config.setConnectionTimeout(properties.pool().connectionTimeout().toMillis());
        // A server that is down makes requests fail fast instead of hanging, and is used again when it is back.
        config.addDataSourceProperty("connectTimeout", Math.max(1, properties.pool().connectionTimeout().toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", true);
        if (server.embedded() != null) {
            config.setJdbcUrl(server.embedded().jdbcUrl());
            config.setUsername("postgres");
            return new HikariDataSource(config);
        }
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setInitializationFailTimeout(-1);
        var dataSource = new HikariDataSource(config);
        new ExternalServerWait(properties.url(), properties.pool().retryInterval()).untilReachable(dataSource);
        return dataSource;
    }

    /**
     * Flyway opens more than one connection while it migrates; it gets its own, outside the pool, so the pool's
     * rule holds without exception: one connection for each piece of work, however small the pool.
     */
    @Bean
    FlywayConfigurationCustomizer migrationsOutsideThePool(HikariDataSource pool) {
        return flyway -> flyway.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    @Bean(destroyMethod = "close")
    ServerChoice serverChoice(DatabaseProperties properties) {
        return new ServerChoice(properties.external() ? null
                : EmbeddedDatabase.start(properties.dataDir(), properties.cleanStart()));
    }

    /** The embedded server, or none when an external one is configured; closed after the pool. */
    record ServerChoice(EmbeddedDatabase embedded) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
