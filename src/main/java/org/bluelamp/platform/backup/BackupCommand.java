package org.bluelamp.platform.backup;

import org.bluelamp.platform.database.DatabaseProperties;
import org.bluelamp.platform.database.InstallationDatabase;
import org.bluelamp.platform.files.FileStore;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code backup FOLDER} or {@code restore FOLDER}, run from the jar by {@code bin/backup} and {@code bin/restore}
 * with the installation's own settings (BLUELAMP_DATA_DIR, BLUELAMP_DB_*, the file store's), and without the web
 * server, the scheduled work or the migrations at start: only the settings and the file store are made.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            err.println("Usage: backup FOLDER | restore FOLDER [--setting=value ...]");
            return 2;
        }
        Path folder = Path.of(args[1]).toAbsolutePath().normalize();
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        try (var context = new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn", "logging.level.org.bluelamp=warn",
                        "spring.main.register-shutdown-hook=false")
                .run(settings)) {
            var properties = context.getBean(DatabaseProperties.class);
            var files = context.getBean(FileStore.class);
            if (args[0].equals("backup")) {
                try (var database = InstallationDatabase.open(properties, InstallationDatabase.Purpose.BACKUP)) {
                    out.println("Backing up " + database.description() + " to " + folder);
                    var manifest = new InstallationBackup(database, files, out).writeTo(folder);
                    out.printf("Done: %s holds schema version %s, %,d rows and %d files, readable only by this user.%n",
                            folder, manifest.schemaVersion(), manifest.totalRows(), manifest.files().size());
                    out.println("It holds the public's personal data and sealed staff secrets: keep it encrypted, and "
                            + "keep the secrets key (BLUELAMP_SECRETS_KEY or data/secrets.key) safe separately; a "
                            + "restore needs both.");
                }
            } else {
                var manifest = InstallationRestore.read(folder);
                try (var database = InstallationDatabase.open(properties, InstallationDatabase.Purpose.RESTORE)) {
                    out.println("Restoring the back-up of " + manifest.takenAt() + " (schema version "
                            + manifest.schemaVersion() + ") into " + database.description());
                    new InstallationRestore(database, files, out).restoreFrom(folder);
                    out.printf("Done: %,d rows in %d tables and %d files restored and checked against the manifest.%n",
                            manifest.totalRows(), manifest.tables().size(), manifest.files().size());
                    out.println("Start Bluelamp with the same secrets key as the installation backed up "
                            + "(BLUELAMP_SECRETS_KEY, or its secrets.key in the data folder): without it staff "
                            + "authenticator apps and messages waiting to be sent cannot be opened.");
                }
            }
            return 0;
        } catch (Exception e) {
            err.println("The " + args[0] + " failed: " + message(e));
            return 1;
        }
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    static String bluelampVersion() {
        String version = BackupCommand.class.getPackage().getImplementationVersion();
        return version != null ? version : "unknown";
    }

    /**
     * Only the settings and the file store: the file store's configuration classes (any class under platform.files
     * named like {@code *StoreConfiguration}) and the settings they and the database read. Not a
     * {@code @Configuration}, so the application's own component scan leaves it alone.
     */
    @ConfigurationPropertiesScan(basePackageClasses = {DatabaseProperties.class, FileStore.class})
    @ComponentScan(basePackageClasses = FileStore.class, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*StoreConfiguration"))
    static class Settings {
    }
}
