package org.bluelamp.staff;

import org.bluelamp.platform.KeyedHash;
import org.bluelamp.platform.personaldata.SearchTermHashing;
import org.bluelamp.staff.factors.SecretSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that seals authenticator secrets and other modules' short-lived secrets ({@link SealedSecrets}), and keys
 * fingerprints ({@link KeyedHash}): BLUELAMP_SECRETS_KEY when set (production, where it belongs in a secret store);
 * otherwise one made at first start and kept, readable by this user only, beside the embedded database.
 */
@Configuration(proxyBeanMethods = false)
class SecretsKey {

    private static final Logger log = LoggerFactory.getLogger(SecretsKey.class);

    @Bean
    SecretSeal secretSeal(StaffProperties properties) {
        boolean configured = properties.secretsKey() != null && !properties.secretsKey().isBlank();
        return SecretSeal.fromBase64(configured ? properties.secretsKey() : keptIn(properties.secretsKeyFile()));
    }

    /** Keyed fingerprints under the same key, for other modules (the limits on what the public can do, say). */
    @Bean
    KeyedHash keyedHash(SecretSeal seal) {
        return seal::fingerprint;
    }

    /**
     * The key the access log hashes search details under: derived from the secrets key, so every instance has the
     * same one, and for this purpose only, so a hash is never a MAC for anything else.
     */
    @Bean
    SearchTermHashing searchTermHashing(SecretSeal seal) {
        return new SearchTermHashing(seal.fingerprint("access-log search terms", "key"));
    }

    @Bean
    SealedSecrets sealedSecrets(SecretSeal seal) {
        return new SealedSecrets(seal);
    }

    private static String keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            log.warn("Made a new secrets key in {}. Back it up with the database: without it, every member of staff "
                    + "must set up their authenticator app again.", file.toAbsolutePath());
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the secrets key " + file.toAbsolutePath(), e);
        }
    }
}
