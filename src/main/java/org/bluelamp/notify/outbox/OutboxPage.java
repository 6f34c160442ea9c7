package org.bluelamp.notify.outbox;

import java.util.List;

/**
 * A page of the outbox, newest first.
 *
 * @param total how many messages there are, counted up to {@link #COUNT_UP_TO}
 */
public record OutboxPage(List<OutboxEntry> entries, int page, int pages, long total, int size) {

    /** Counting stops here: a count of millions would cost more than it tells, and the newest are what staff want. */
    public static final int COUNT_UP_TO = 10_000;

    /** "1,234", or "10,000+" once counting stopped. */
    public String totalShown() {
        return total >= COUNT_UP_TO ? "%,d+".formatted(COUNT_UP_TO) : "%,d".formatted(total);
    }

    public long first() {
        return entries.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return first() + entries.size() - 1;
    }
}
