package org.bluelamp.platform.database;

import java.util.List;
import java.util.stream.Collectors;

/** An instance on an external database lacks a setting every instance must share; says which, and how to set it. */
class SharedInstallationIncomplete extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Missing {
        SECRETS_KEY("Bluelamp is on an external database but has no secrets key shared by every instance, so staff "
                + "authenticator secrets sealed on one could not be opened on another.",
                "Set BLUELAMP_SECRETS_KEY to the same key on every instance (make one with: openssl rand -base64 32), "
                        + "or BLUELAMP_SECRETS_KEY_FILE to a file holding it that you have copied to each."),
        FILE_STORE("Bluelamp is on an external database but keeps uploaded files in this machine's folder, so "
                + "another instance could not read them.",
                "Set BLUELAMP_FILES_STORE=s3 and BLUELAMP_S3_BUCKET (docs/operations.md, \"Files\"), or, if "
                        + "BLUELAMP_FILES_DIR is one folder every instance mounts, BLUELAMP_FILES_SHARED_FOLDER=true.");

        private final String description;
        private final String action;

        Missing(String description, String action) {
            this.description = description;
            this.action = action;
        }
    }

    private final transient List<Missing> missing;

    SharedInstallationIncomplete(List<Missing> missing) {
        super(missing.stream().map(m -> m.description).collect(Collectors.joining(" ")));
        this.missing = List.copyOf(missing);
    }

    String action() {
        return missing.stream().map(m -> m.action).collect(Collectors.joining(" "));
    }
}
