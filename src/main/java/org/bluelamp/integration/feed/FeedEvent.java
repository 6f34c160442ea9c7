package org.bluelamp.integration.feed;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of the feed as a client reads it, in the feed and as a webhook's data: the same object either way.
 *
 * @param id         the event's own id: the same however often it is written or delivered
 * @param position   its place in the feed, 1, 2, 3... in the order the events were written
 * @param type       "contact." and its kind, e.g. "contact.allocated"
 * @param occurredAt when it happened to the contact
 * @param data       codes and categories only, never words a person wrote
 */
public record FeedEvent(UUID id, long position, String type, Instant occurredAt, ContactLink contact,
                        JsonNode data) {

    /** The contact the event is about, and where the client reads it whole. */
    public record ContactLink(String reference, String href) {

        public static ContactLink to(String reference) {
            return new ContactLink(reference, "/api/v1/contacts/" + reference);
        }
    }
}
