package org.bluelamp.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the data lives. With no {@code url} an embedded PostgreSQL runs in-process with its files under
 * {@code dataDir}; with one, that external server is used.
 *
 * @param url        JDBC URL of an external PostgreSQL (BLUELAMP_DB_URL), or empty for the embedded one
 * @param username   user for the external server (BLUELAMP_DB_USER)
 * @param password   password for the external server (BLUELAMP_DB_PASSWORD)
 * @param owner      the external server's user that owns the tables and runs the migrations (BLUELAMP_DB_OWNER_USER,
 *                   BLUELAMP_DB_OWNER_PASSWORD); without one, {@code username} does both and the access log is kept
 *                   append-only by triggers alone
 * @param dataDir    folder for the embedded server's files (BLUELAMP_DATA_DIR)
 * @param cleanStart wipe the embedded server's files at start: for tests only
 * @param pool       the connection pool
 */
@ConfigurationProperties("bluelamp.database")
public record DatabaseProperties(String url, String username, String password, Owner owner, Path dataDir,
                                 boolean cleanStart, Pool pool) {

    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (pool == null) {
            pool = new Pool(0, null, null);
        }
        if (owner == null) {
            owner = new Owner(null, null);
        }
    }

    /** The user that owns the tables on an external server, if it is not the application's own. */
    public record Owner(String username, String password) {
        boolean separate() {
            return StringUtils.hasText(username);
        }
    }

    /**
     * @param maxSize           most connections open at once
     * @param connectionTimeout longest a request waits for a connection before it is told the service is busy
     * @param retryInterval     how often to try an external server again while it cannot be reached at start
     */
    public record Pool(int maxSize, Duration connectionTimeout, Duration retryInterval) {
        public Pool {
            if (maxSize <= 0) {
                maxSize = 10;
            }
            if (connectionTimeout == null) {
                connectionTimeout = Duration.ofSeconds(5);
            }
            if (retryInterval == null) {
                retryInterval = Duration.ofSeconds(5);
            }
        }
    }

    boolean external() {
        return StringUtils.hasText(url);
    }
}
