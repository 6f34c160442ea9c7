package org.bluelamp.staff;

import java.time.Instant;
import java.util.List;

/**
 * When failed sign-ins lock an account or refuse a client address. An account is locked once enough failures fall
 * within one window, until the lock time has passed since the last of them; attempts refused while locked are not
 * failures (the password is not checked), so they do not make the lock longer.
 */
record SignInRules(SignInProperties limits) {

    /** The earliest failure that can still matter to an account, for the query. */
    Instant accountSince(Instant now) {
        return now.minus(limits.window()).minus(limits.lockFor());
    }

    /** The earliest failure that counts against an address. */
    Instant addressSince(Instant now) {
        return now.minus(limits.window());
    }

    /** Whether these failures (oldest first) lock the account now. */
    boolean accountLocked(List<Instant> failures, Instant now) {
        int n = limits.accountFailures();
        for (int last = n - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - n + 1);
            Instant lastFailure = failures.get(last);
            boolean together = !lastFailure.isAfter(first.plus(limits.window()));
            if (together && now.isBefore(lastFailure.plus(limits.lockFor()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address with this many failures since {@link #addressSince} is refused. */
    boolean addressRefused(int failures) {
        return failures >= limits.addressFailures();
    }

    /** Whole minutes a person is told to wait, rounded up. */
    long minutesToWait() {
        return (limits.lockFor().toSeconds() + 59) / 60;
    }
}
