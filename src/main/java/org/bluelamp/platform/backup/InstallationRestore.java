package org.bluelamp.platform.backup;

import org.bluelamp.platform.database.InstallationDatabase;
import org.bluelamp.platform.files.FileStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Puts a back-up into a new, empty installation: checks every part against the manifest, writes the files back
 * (before the rows that name them, as the application does), makes the schema by migrating to the back-up's version,
 * loads every table in one transaction as the owner, parents first, sets each sequence, and compares the rows and
 * files with the manifest.
 */
final class InstallationRestore {

    private final InstallationDatabase database;
    private final FileStore files;
    private final PrintStream progress;

    InstallationRestore(InstallationDatabase database, FileStore files, PrintStream progress) {
        this.database = database;
        this.files = files;
        this.progress = progress;
    }

    static BackupManifest read(Path folder) throws IOException {
        Path manifest = folder.resolve(BackupManifest.FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalStateException(folder + " is not a Bluelamp back-up: it has no " + BackupManifest.FILE_NAME + ".");
        }
        var read = InstallationBackup.mapper().readValue(manifest.toFile(), BackupManifest.class);
        if (read.format() != BackupManifest.FORMAT) {
            throw new IllegalStateException("This back-up's format (" + read.format() + ") is not one this Bluelamp "
                    + "reads: restore it with the version that made it (" + read.bluelampVersion() + ").");
        }
        return read;
    }

    /** Every part is as it was written, so nothing is loaded from a damaged or altered back-up. */
    static void check(Path folder, BackupManifest manifest) throws IOException {
        for (var table : manifest.tables()) {
            checkPart(folder, table.part(), table.sha256());
        }
        for (var file : manifest.files()) {
            checkPart(folder, file.part(), file.sha256());
        }
    }

    private static void checkPart(Path folder, String part, String sha256) throws IOException {
        Path path = folder.resolve(part).normalize();
        if (!path.startsWith(folder) || !Files.isRegularFile(path) || !Sha256.of(path).equals(sha256)) {
            throw new IllegalStateException("The back-up's part " + part + " is missing or not as it was written: "
                    + "nothing was restored.");
        }
    }

    void restoreFrom(Path folder) throws IOException, SQLException {
        var manifest = read(folder);
        check(folder, manifest);
        try (Connection connection = database.connect()) {
            if (ApplicationSchema.hasTables(connection)) {
                throw new IllegalStateException(database.description() + " already holds "
                        + ApplicationSchema.version(connection).map(v -> "a Bluelamp installation (schema version " + v + ")")
                        .orElse("tables") + ": restore only into a new, empty database or data folder.");
            }
        }
        var migrations = Flyway.configure().dataSource(database.url(), database.owner(), database.ownerPassword())
                .placeholders(Map.of("appRole", ApplicationSchema.quoted(database.applicationRole()),
                        "separateAppRole", String.valueOf(!database.owner().equals(database.applicationRole()))))
                .target(MigrationVersion.fromVersion(manifest.schemaVersion()));
        var flyway = migrations.load();
        boolean known = java.util.Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getVersion() != null && m.getVersion().getVersion().equals(manifest.schemaVersion()));
        if (!known) {
            throw new IllegalStateException("This back-up is of schema version " + manifest.schemaVersion()
                    + ", which this Bluelamp does not have: restore it with Bluelamp " + manifest.bluelampVersion()
                    + " or newer.");
        }

        for (var file : manifest.files()) {
            try (var in = new BufferedInputStream(Files.newInputStream(folder.resolve(file.part())))) {
                files.write(file.id(), in);
            }
        }
        progress.printf("Wrote %d files (%,d bytes) to the file store.%n", manifest.files().size(),
                manifest.totalFileBytes());

        flyway.migrate();
        progress.printf("Made the schema at version %s.%n", manifest.schemaVersion());
        load(folder, manifest);
        progress.printf("Loaded %d tables (%,d rows).%n", manifest.tables().size(), manifest.totalRows());

        for (var file : manifest.files()) {
            var content = files.open(file.id()).orElseThrow(() -> new IllegalStateException(
                    "File " + file.id() + " was written to the file store but cannot be read back."));
            try (var in = content) {
                if (!Sha256.of(in).equals(file.sha256())) {
                    throw new IllegalStateException("File " + file.id() + " reads back differently from the back-up.");
                }
            }
        }
        progress.printf("Checked every file read back from the store against the back-up.%n");
    }

    private void load(Path folder, BackupManifest manifest) throws IOException, SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (var table : manifest.tables()) {
                long rows;
                try (var in = new GZIPInputStream(Files.newInputStream(folder.resolve(table.part())), 64 * 1024)) {
                    rows = copy.copyIn("COPY public." + ApplicationSchema.quoted(table.name()) + " ("
                            + ApplicationSchema.columnList(table.columns()) + ") FROM STDIN", in);
                }
                if (rows != table.rows()) {
                    throw new IllegalStateException("Table " + table.name() + " loaded " + rows + " rows, not the "
                            + table.rows() + " backed up: nothing was restored.");
                }
            }
            try (var setValue = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                for (var sequence : manifest.sequences()) {
                    setValue.setString(1, "public." + ApplicationSchema.quoted(sequence.name()));
                    setValue.setLong(2, sequence.lastValue() == null ? 1 : sequence.lastValue());
                    setValue.setBoolean(3, sequence.lastValue() != null);
                    setValue.execute();
                }
            }
            for (var table : manifest.tables()) {
                try (var count = connection.createStatement(); var rows = count.executeQuery(
                        "SELECT count(*) FROM public." + ApplicationSchema.quoted(table.name()))) {
                    rows.next();
                    if (rows.getLong(1) != table.rows()) {
                        throw new IllegalStateException("Table " + table.name() + " holds " + rows.getLong(1)
                                + " rows after loading, not " + table.rows() + ": nothing was restored.");
                    }
                }
            }
            connection.commit();
        }
    }
}
