package org.bluelamp.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * With BLUELAMP_DEMO_ACCOUNTS=true, one account for each role (in the team "demo"), so a newcomer can see what each
 * role sees. They share one password, made up and shown once when they are made; each still sets up an
 * authenticator app at first sign-in. Off unless asked for. With the first admin, demo.admin makes a second admin, so
 * the four-eyes approval of changes to accounts can be tried; their emails (example.com) land in the outbox.
 */
@Component
class DemoAccounts implements ApplicationRunner {

    static final String TEAM = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final StaffProperties properties;
    private final Clock clock;

    DemoAccounts(StaffAccounts accounts, PasswordEncoder passwords, StaffProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    static String username(StaffRole role) {
        return "demo." + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoAccounts() || accounts.exists(username(StaffRole.CONTACT_HANDLER))) {
            return;
        }
        String password = FirstAdminAccount.generate();
        String hash = passwords.encode(password);
        var made = new StringBuilder();
        for (StaffRole role : StaffRole.values()) {
            accounts.add(username(role), "Demo " + role.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    username(role) + "@example.com", hash, Set.of(role), clock.instant());
            accounts.joinTeam(username(role), TEAM);
            made.append("\n    ").append(username(role));
        }
        log.warn("""
                
                ==========================================================================
                  Made demo accounts, one for each role, shown this once:{}
                  password for all of them: {}
                  Each sets up an authenticator app at first sign-in.
                ==========================================================================""", made, password);
    }
}
