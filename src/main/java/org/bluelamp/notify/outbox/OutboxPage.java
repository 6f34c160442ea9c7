package org.bluelamp.notify.outbox;

import java.util.List;

/** A page of the outbox, newest first. */
public record OutboxPage(List<OutboxEntry> entries, int page, int pages, long total, int size) {

    public long first() {
        return entries.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return first() + entries.size() - 1;
    }
}
