package org.bluelamp.platform.personaldata;

import java.time.Instant;

/**
 * A record whose retention period has passed since its last activity: due for review.
 *
 * @param kind         contact, relay-call...
 * @param reference    the contact's reference, or the record's id where it has none
 * @param rule         the retention rule it falls under ({@link RetentionRules#period})
 * @param lastActivity the last thing that happened to it (a staff member only looking at it is not activity)
 */
public record LapsedRecord(String kind, String reference, String rule, Instant lastActivity) {
}
