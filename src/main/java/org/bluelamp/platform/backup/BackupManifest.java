package org.bluelamp.platform.backup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a back-up holds, written last as {@code manifest.json}: restore checks every part against it before it loads
 * anything, and every table's rows after.
 *
 * @param format          this layout's version
 * @param bluelampVersion the version of the jar that made it
 * @param schemaVersion   the last migration applied to the database (flyway_schema_history)
 * @param takenAt         when the database's snapshot was taken
 * @param source          where it came from, without user or password
 * @param tables          each table's rows, in PostgreSQL's COPY text format, gzipped
 * @param sequences       each sequence's value at the snapshot
 * @param files           each stored file named by a row
 * @param missingFiles    files a row names that the store no longer had (disposed of while the back-up ran)
 * @param excludedTables  tables deliberately left out, and why
 */
record BackupManifest(int format, String bluelampVersion, String schemaVersion, Instant takenAt, String source,
                      List<Table> tables, List<Sequence> sequences, List<StoredFile> files, List<UUID> missingFiles,
                      List<String> excludedTables) {

    static final int FORMAT = 1;
    static final String FILE_NAME = "manifest.json";

    record Table(String name, List<String> columns, long rows, String part, String sha256) {
    }

    record Sequence(String name, Long lastValue) {
    }

    record StoredFile(UUID id, long bytes, String part, String sha256) {
    }

    long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    long totalFileBytes() {
        return files.stream().mapToLong(StoredFile::bytes).sum();
    }
}
