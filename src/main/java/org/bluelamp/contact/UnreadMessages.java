package org.bluelamp.contact;

import java.util.Map;
import java.util.UUID;

/**
 * Messages from reporters that whoever holds the contact has not opened yet.
 *
 * @param mine   on the open contacts allocated to the reader (My work)
 * @param team   on their team's open contacts (My team)
 * @param onPage on each contact of the page shown that has any
 */
public record UnreadMessages(long mine, long team, Map<UUID, Integer> onPage) {

    public UnreadMessages {
        onPage = Map.copyOf(onPage);
    }

    public int of(Contact contact) {
        return onPage.getOrDefault(contact.id(), 0);
    }

    /** For the queue's navigation: the unread count for My work or My team, else 0. */
    public long of(QueueView view) {
        return switch (view) {
            case MINE -> mine;
            case TEAM -> team;
            default -> 0;
        };
    }
}
