package org.bluelamp.contact;

import java.util.List;

/** How many contacts each queue view holds, in the order of {@link QueueView}. */
public record QueueCounts(List<Long> counts) {

    public long of(QueueView view) {
        return counts.get(view.ordinal());
    }

    /** As the navigation shows it: "1,000+" once counting stopped. */
    public String label(QueueView view) {
        return label(of(view));
    }

    static String label(long count) {
        return count >= Contacts.COUNT_UP_TO ? "%,d+".formatted(Contacts.COUNT_UP_TO) : "%,d".formatted(count);
    }
}
