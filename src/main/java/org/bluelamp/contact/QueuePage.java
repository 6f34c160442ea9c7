package org.bluelamp.contact;

import java.util.List;

/** One page of a queue, and where it sits in the whole. */
public record QueuePage(List<Contact> contacts, long total, int page, int size) {

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
