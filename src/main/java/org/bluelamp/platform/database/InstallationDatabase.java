package org.bluelamp.platform.database;

import org.springframework.util.StringUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * An installation's database reached from outside the application, as its owner, for the back-up and restore
 * commands: the external server of {@code BLUELAMP_DB_*}; or, for the embedded default, the PostgreSQL of a running
 * Bluelamp (found from its {@code postmaster.pid}), or the embedded server started here on a stopped folder, which
 * then holds the folder's lock so no Bluelamp starts on it meanwhile.
 */
public final class InstallationDatabase implements AutoCloseable {

    /** What the database is wanted for: a back-up needs one with data, a restore a new one. */
    public enum Purpose { BACKUP, RESTORE }

    private final String url;
    private final String owner;
    private final String ownerPassword;
    private final String applicationRole;
    private final String description;
    private final AutoCloseable startedHere;

    private InstallationDatabase(String url, String owner, String ownerPassword, String applicationRole,
                                 String description, AutoCloseable startedHere) {
        this.url = url;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
        this.applicationRole = applicationRole;
        this.description = description;
        this.startedHere = startedHere;
    }

    public static InstallationDatabase open(DatabaseProperties properties, Purpose purpose) {
        if (properties.external()) {
            var separateOwner = properties.owner().separate();
            return new InstallationDatabase(properties.url(),
                    separateOwner ? properties.owner().username() : properties.username(),
                    separateOwner ? properties.owner().password() : properties.password(),
                    properties.username(), "the PostgreSQL at " + ExternalServerWait.describe(properties.url()), null);
        }
        Path folder = properties.dataDir().toAbsolutePath().normalize();
        Path postgres = folder.resolve("postgres");
        boolean exists = Files.exists(postgres.resolve("PG_VERSION"));
        if (purpose == Purpose.BACKUP && !exists) {
            throw new IllegalStateException("There is no Bluelamp database in " + folder
                    + ": set BLUELAMP_DATA_DIR (or BLUELAMP_DB_URL) to the installation to back up.");
        }
        if (!EmbeddedBinaries.present()) {
            throw new EmbeddedDatabaseMissingException();
        }
        try {
            var started = EmbeddedDatabase.start(folder, false);
            return new InstallationDatabase(started.jdbcUrl(), EmbeddedDatabase.OWNER, "",
                    EmbeddedDatabase.APPLICATION, "the embedded PostgreSQL in " + folder + " (started for this)",
                    started);
        } catch (DataFolderInUseException running) {
            int port = PostmasterPidFile.in(postgres).map(PostmasterPidFile::port).orElseThrow(() ->
                    new IllegalStateException("Bluelamp (process " + running.owner() + ") is starting or stopping on "
                            + folder + " and its database is not up: try again in a minute."));
            return new InstallationDatabase("jdbc:postgresql://localhost:" + port + "/postgres", EmbeddedDatabase.OWNER,
                    "", EmbeddedDatabase.APPLICATION, "the embedded PostgreSQL of the running Bluelamp (process "
                    + running.owner() + ") in " + folder, null);
        }
    }

    /** A new connection as the tables' owner; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, owner, StringUtils.hasText(ownerPassword) ? ownerPassword : null);
    }

    public String url() {
        return url;
    }

    public String owner() {
        return owner;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    /** The role the application runs as, which the migrations grant what it may do. */
    public String applicationRole() {
        return applicationRole;
    }

    /** Where the database is, without user or password, for messages. */
    public String description() {
        return description;
    }

    @Override
    public void close() throws Exception {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
