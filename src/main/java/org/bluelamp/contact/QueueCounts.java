package org.bluelamp.contact;

import java.util.List;

/** How many contacts each queue view holds, in the order of {@link QueueView}. */
public record QueueCounts(List<Long> counts) {

    public long of(QueueView view) {
        return counts.get(view.ordinal());
    }
}
