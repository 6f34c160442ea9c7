package org.bluelamp.contact;

import java.util.List;

/** One page of a queue, and where it sits in the whole. */
public record QueuePage(List<Contact> contacts, long total, int page, int size) {

    /** The total as shown: "1,000+" once counting stopped. */
    public String totalLabel() {
        return QueueCounts.label(total);
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return (long) (page - 1) * size + contacts.size();
    }
}
