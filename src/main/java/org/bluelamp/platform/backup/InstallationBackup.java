package org.bluelamp.platform.backup;

import org.bluelamp.platform.database.InstallationDatabase;
import org.bluelamp.platform.files.FileStore;
import org.postgresql.PGConnection;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Copies an installation into a new folder: every table in one read-only, repeatable-read transaction (a snapshot,
 * so the copy is consistent while Bluelamp runs), then the content of every file the snapshot's rows name, then the
 * manifest. Only the owner may read the folder: it holds the public's personal data.
 */
final class InstallationBackup {

    private final InstallationDatabase database;
    private final FileStore files;
    private final PrintStream progress;

    InstallationBackup(InstallationDatabase database, FileStore files, PrintStream progress) {
        this.database = database;
        this.files = files;
        this.progress = progress;
    }

    BackupManifest writeTo(Path folder) throws IOException, SQLException {
        if (Files.exists(folder) && (!Files.isDirectory(folder) || Files.list(folder).findAny().isPresent())) {
            throw new IllegalStateException("The back-up folder " + folder + " is not empty: give a new folder.");
        }
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(folder.resolve("database"));
        Files.createDirectories(folder.resolve("files"));

        var tables = new ArrayList<BackupManifest.Table>();
        List<BackupManifest.Sequence> sequences;
        String version;
        Instant takenAt;
        List<UUID> fileIds;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            // The snapshot is taken at the first statement; everything below reads that one moment.
            try (var statement = connection.createStatement(); var now = statement.executeQuery("SELECT now()")) {
                now.next();
                takenAt = now.getTimestamp(1).toInstant();
            }
            version = ApplicationSchema.version(connection).orElseThrow(() -> new IllegalStateException(
                    database.description() + " holds no Bluelamp schema: there is nothing to back up."));
            // Read after the snapshot, so each is at least the highest id any copied row has.
            sequences = ApplicationSchema.sequences(connection);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (var table : ApplicationSchema.tables(connection).entrySet()) {
                String part = "database/" + table.getKey() + ".copy.gz";
                var digest = Sha256.digest();
                long rows;
                try (var out = new GZIPOutputStream(new BufferedOutputStream(Sha256.counting(
                        Files.newOutputStream(folder.resolve(part)), digest)), 64 * 1024)) {
                    rows = copy.copyOut("COPY (SELECT " + ApplicationSchema.columnList(table.getValue()) + " FROM public."
                            + ApplicationSchema.quoted(table.getKey()) + ") TO STDOUT", out);
                }
                tables.add(new BackupManifest.Table(table.getKey(), table.getValue(), rows, part, Sha256.hex(digest)));
            }
            fileIds = List.copyOf(StoredFileIds.in(connection));
            connection.rollback();
        }
        progress.printf("Copied %d tables (%,d rows) at schema version %s.%n", tables.size(),
                tables.stream().mapToLong(BackupManifest.Table::rows).sum(), version);

        var stored = new ArrayList<BackupManifest.StoredFile>();
        var missing = new ArrayList<UUID>();
        for (UUID id : fileIds) {
            var content = files.open(id);
            if (content.isEmpty()) {
                missing.add(id);
                continue;
            }
            String part = "files/" + id;
            var digest = Sha256.digest();
            long bytes;
            try (var in = content.get(); var out = Sha256.counting(Files.newOutputStream(folder.resolve(part)), digest)) {
                bytes = in.transferTo(out);
            }
            stored.add(new BackupManifest.StoredFile(id, bytes, part, Sha256.hex(digest)));
        }
        var manifest = new BackupManifest(BackupManifest.FORMAT, BackupCommand.bluelampVersion(), version, takenAt,
                database.description(), List.copyOf(tables), sequences, List.copyOf(stored), List.copyOf(missing),
                List.copyOf(ApplicationSchema.EXCLUDED.stream().sorted().map(t -> t + ": staff sessions").toList()));
        mapper().writeValue(folder.resolve(BackupManifest.FILE_NAME).toFile(), manifest);
        ownerOnly(folder);
        progress.printf("Copied %d files (%,d bytes)%s.%n", stored.size(), manifest.totalFileBytes(),
                missing.isEmpty() ? "" : "; " + missing.size() + " named by a row were no longer in the store "
                        + "(disposed of while the back-up ran; listed in the manifest)");
        return manifest;
    }

    static JsonMapper mapper() {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    private static void ownerOnly(Path folder) throws IOException {
        try (var each = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) each::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwx------" : "rw-------"));
            }
        }
    }
}
