package org.bluelamp.platform.codes;

/**
 * What checking a typed code found.
 *
 * @param subject      when passed, what the challenge was for (a report's or a draft's id); otherwise null
 * @param attemptsLeft how many more tries the challenge allows
 */
public record CodeCheck(Outcome outcome, String subject, int attemptsLeft) {

    public enum Outcome {
        PASSED,
        WRONG,
        /** Older than its lifetime, or already used: ask for a new one. */
        EXPIRED,
        /** Too many wrong tries: ask for a new one. */
        LOCKED
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
