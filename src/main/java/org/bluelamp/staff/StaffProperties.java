package org.bluelamp.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword the first admin's password (BLUELAMP_ADMIN_PASSWORD); generated when empty
 */
@ConfigurationProperties("bluelamp.staff")
record StaffProperties(String adminPassword) {

    static final int MINIMUM_PASSWORD_LENGTH = 12;

    StaffProperties {
        if (adminPassword != null && !adminPassword.isEmpty() && adminPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("BLUELAMP_ADMIN_PASSWORD must be at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters");
        }
    }
}
