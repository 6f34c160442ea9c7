package org.bluelamp.integration.feed;

import org.bluelamp.contact.ContactRecordKind;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.platform.personaldata.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * A page of the feed for a client, with its read in the access log in the same transaction: a page names contacts
 * and what happened to them, so it is a read like any other. One entry a page, with the positions it covered, so
 * "who read of this contact" can still be answered from the positions of its events without a row per event.
 */
@Service
class FeedPages {

    /** One page of the feed: {@code next} is the position to read after next time. */
    record Page(List<FeedEvent> events, long next, boolean more) {
    }

    private final FeedEvents events;
    private final FeedCursors cursors;
    private final AccessLog accessLog;

    FeedPages(FeedEvents events, FeedCursors cursors, AccessLog accessLog) {
        this.events = events;
        this.cursors = cursors;
        this.accessLog = accessLog;
    }

    /** The events after this position (the client's acknowledged one if null), at most {@code size}. */
    @Transactional
    Page read(ApiClient client, Long after, int size) {
        long from = after == null ? cursors.acknowledged(client.id()) : after;
        var found = events.after(from, size + 1);
        var page = found.subList(0, Math.min(size, found.size()));
        long next = page.isEmpty() ? from : page.getLast().position();
        if (!page.isEmpty()) {
            accessLog.read(client.accessor(), ContactRecordKind.CONTACT, null, Map.of("page", "api-feed",
                    "after", Long.toString(from), "to", Long.toString(next), "events", Integer.toString(page.size())));
        }
        return new Page(List.copyOf(page), next, found.size() > size);
    }
}
