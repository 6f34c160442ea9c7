package org.bluelamp.privacy.request;

import java.security.SecureRandom;

/**
 * A subject access request's reference, "DSR-4821-0937": digits only, so it cannot be taken for a report's or
 * contact's reference (letters and digits after a force prefix). Random, never sequential, so one does not tell
 * how many requests there are or lead to the next; it opens nothing by itself.
 */
final class RequestReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestReference() {
    }

    static String next() {
        int number = RANDOM.nextInt(100_000_000);
        return "DSR-%04d-%04d".formatted(number / 10_000, number % 10_000);
    }
}
