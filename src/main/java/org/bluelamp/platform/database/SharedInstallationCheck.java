package org.bluelamp.platform.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

/**
 * An instance on an external database is one of several that share it, so it refuses to start (before it waits for
 * the database) unless what they must share is shared: one secrets key (BLUELAMP_SECRETS_KEY, or a key file made
 * beforehand), or staff authenticator secrets sealed on one instance cannot be opened on another; and one file store
 * (S3, or a folder declared shared), or a file uploaded to one cannot be read on another. The embedded database is one
 * instance on one machine: nothing to check. Registered in META-INF/spring.factories; said by
 * {@link SharedInstallationFailureAnalyzer}.
 */
class SharedInstallationCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment);
    }

    /** After the configuration files and environment are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** @throws SharedInstallationIncomplete naming what is missing and how to set it */
    static void check(PropertyResolver settings) {
        if (blank(settings.getProperty("bluelamp.database.url"))) {
            return;
        }
        var missing = new ArrayList<SharedInstallationIncomplete.Missing>();
        if (blank(settings.getProperty("bluelamp.staff.secrets-key")) && !keyFileMade(settings)) {
            missing.add(SharedInstallationIncomplete.Missing.SECRETS_KEY);
        }
        String store = settings.getProperty("bluelamp.files.store", "folder").strip().toLowerCase(Locale.ROOT);
        if (!store.equals("s3") && !settings.getProperty("bluelamp.files.shared-folder", Boolean.class, false)) {
            missing.add(SharedInstallationIncomplete.Missing.FILE_STORE);
        }
        if (!missing.isEmpty()) {
            throw new SharedInstallationIncomplete(missing);
        }
    }

    /** A key file made beforehand and copied to every instance; one this instance would make itself is its own. */
    private static boolean keyFileMade(PropertyResolver settings) {
        String file = settings.getProperty("bluelamp.staff.secrets-key-file");
        return !blank(file) && Files.isRegularFile(Path.of(file.strip()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
