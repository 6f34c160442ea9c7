package org.bluelamp.staff;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * @param adminPassword  the first admin's password (BLUELAMP_ADMIN_PASSWORD); generated when empty
 * @param adminEmail     the first admin's work email (BLUELAMP_ADMIN_EMAIL), where changes to the account are told;
 *                       none when empty
 * @param secretsKey     Base64 of the 32-byte key sealing authenticator secrets (BLUELAMP_SECRETS_KEY)
 * @param secretsKeyFile where a key is made and kept when none is configured
 * @param demoAccounts   make one account for each role (BLUELAMP_DEMO_ACCOUNTS), to show a newcomer each screen
 * @param idleTimeout    how long a session lasts without a request (BLUELAMP_STAFF_IDLE_TIMEOUT); the session
 *                       timeout is set from it in application.yml
 * @param passkeys       signing in with a passkey (WebAuthn)
 */
@ConfigurationProperties("bluelamp.staff")
record StaffProperties(String adminPassword, String adminEmail, String secretsKey, Path secretsKeyFile, boolean demoAccounts,
                       Duration idleTimeout, Passkeys passkeys) {

    static final int MINIMUM_PASSWORD_LENGTH = 12;

    StaffProperties {
        if (adminPassword != null && !adminPassword.isEmpty() && adminPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("BLUELAMP_ADMIN_PASSWORD must be at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        adminEmail = adminEmail == null || adminEmail.isBlank() ? null : EmailAddress.parse(adminEmail)
                .orElseThrow(() -> new IllegalArgumentException("BLUELAMP_ADMIN_EMAIL must be an email address"))
                .value();
        if (idleTimeout == null) {
            idleTimeout = Duration.ofMinutes(30);
        }
        if (idleTimeout.toSeconds() < 60) {
            throw new IllegalArgumentException("BLUELAMP_STAFF_IDLE_TIMEOUT must be at least a minute");
        }
        passkeys = passkeys == null ? new Passkeys(null, null) : passkeys;
    }

    /**
     * @param rpId    the relying party id: the staff site's host name, never an IP address (BLUELAMP_PASSKEYS_RP_ID)
     * @param origins the origins a passkey may be used from, e.g. https://staff.example.police.uk
     *                (BLUELAMP_PASSKEYS_ORIGINS, comma-separated); when empty, http://localhost on the port in use
     */
    record Passkeys(String rpId, List<String> origins) {
        Passkeys {
            rpId = rpId == null || rpId.isBlank() ? "localhost" : rpId.strip();
            origins = origins == null ? List.of()
                    : origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        }
    }
}
