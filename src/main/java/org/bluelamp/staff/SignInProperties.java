package org.bluelamp.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How failed sign-ins are slowed (NCSC: throttle, do not lock out for good).
 *
 * @param accountFailures failures within the window that lock an account (a wrong password or code each count)
 * @param addressFailures failures within the window, across all accounts, that refuse a client address
 * @param window          how close together the failures must be
 * @param lockFor         how long a lock lasts after the last failure, unless an administrator lifts it sooner
 */
@ConfigurationProperties("bluelamp.staff.sign-in")
record SignInProperties(@DefaultValue("5") int accountFailures, @DefaultValue("50") int addressFailures,
                        @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockFor) {

    /** Failures are kept this long, for the rules and for anyone looking into an attack; then purged. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    SignInProperties {
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("bluelamp.staff.sign-in failure limits must be at least 1");
        }
        if (window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()
                || window.plus(lockFor).compareTo(KEPT_FOR) > 0) {
            throw new IllegalArgumentException("bluelamp.staff.sign-in window and lock-for must be positive, "
                    + "and together no more than a day");
        }
    }
}
