package org.bluelamp.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

import java.nio.file.Path;

/**
 * Where the data lives. With no {@code url} an embedded PostgreSQL runs in-process with its files under
 * {@code dataDir}; with one, that external server is used.
 *
 * @param url        JDBC URL of an external PostgreSQL (BLUELAMP_DB_URL), or empty for the embedded one
 * @param username   user for the external server (BLUELAMP_DB_USER)
 * @param password   password for the external server (BLUELAMP_DB_PASSWORD)
 * @param dataDir    folder for the embedded server's files (BLUELAMP_DATA_DIR)
 * @param cleanStart wipe the embedded server's files at start: for tests only
 */
@ConfigurationProperties("bluelamp.database")
public record DatabaseProperties(String url, String username, String password, Path dataDir, boolean cleanStart) {

    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }

    boolean external() {
        return StringUtils.hasText(url);
    }
}
