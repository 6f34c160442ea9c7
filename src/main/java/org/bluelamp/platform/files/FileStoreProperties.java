package org.bluelamp.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param dir the folder for uploaded files (BLUELAMP_FILES_DIR), by default {@code files} in the data folder
 */
@ConfigurationProperties("bluelamp.files")
record FileStoreProperties(Path dir) {

    FileStoreProperties {
        if (dir == null) {
            dir = Path.of("data", "files");
        }
    }
}
