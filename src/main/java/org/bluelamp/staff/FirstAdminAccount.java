package org.bluelamp.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/**
 * Makes the first staff account, admin, on the first start. Its password is BLUELAMP_ADMIN_PASSWORD or, when
 * that is not set, a random one written to the log this once: there is never a fixed or shared password.
 */
@Component
class FirstAdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final StaffProperties properties;
    private final Clock clock;

    FirstAdminAccount(StaffAccounts accounts, PasswordEncoder passwords, StaffProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(USERNAME)) {
            return;
        }
        boolean configured = properties.adminPassword() != null && !properties.adminPassword().isEmpty();
        String password = configured ? properties.adminPassword() : generate();
        accounts.add(USERNAME, "Administrator", properties.adminEmail(), passwords.encode(password), Set.of(StaffRole.ADMIN), clock.instant());
        if (configured) {
            log.info("Created the staff account 'admin' with the password from BLUELAMP_ADMIN_PASSWORD.");
        } else {
            log.warn("""
                    
                    ==========================================================================
                      Created the first staff account. It is shown this once only:
                        username: {}
                        password: {}
                    ==========================================================================""",
                    USERNAME, password);
        }
    }

    static String generate() {
        var random = new SecureRandom();
        var password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
