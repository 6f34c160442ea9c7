package org.bluelamp.platform.limits;

import java.time.Instant;

/**
 * An action refused because its limit was reached. Thrown before anything was changed (or inside the transaction
 * that would have changed it, which then rolls back), so whatever the person had already saved is kept; the page
 * says when to try again and, with {@link #answersAt()}, where their answers are waiting.
 */
public class LimitReached extends RuntimeException {

    private final transient LimitedAction action;
    private final transient Instant tryAgainAt;
    private final String answersAt;

    /** @param answersAt a path on this site where the person's kept answers are, or null */
    public LimitReached(LimitedAction action, Instant tryAgainAt, String answersAt) {
        super(action.code() + " limit reached", null, false, false);
        this.action = action;
        this.tryAgainAt = tryAgainAt;
        this.answersAt = answersAt;
    }

    /** The same refusal, pointing to where the person's answers are kept. */
    public LimitReached keptAt(String path) {
        return new LimitReached(action, tryAgainAt, path);
    }

    public LimitedAction action() {
        return action;
    }

    public Instant tryAgainAt() {
        return tryAgainAt;
    }

    public String answersAt() {
        return answersAt;
    }
}
