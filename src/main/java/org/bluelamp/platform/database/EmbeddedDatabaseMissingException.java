package org.bluelamp.platform.database;

/** No external database is configured, and this build has no embedded one to run instead. */
final class EmbeddedDatabaseMissingException extends RuntimeException {

    EmbeddedDatabaseMissingException() {
        super(EmbeddedBinaries.MISSING);
    }
}
