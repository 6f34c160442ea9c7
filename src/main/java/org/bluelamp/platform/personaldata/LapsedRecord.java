package org.bluelamp.platform.personaldata;

import java.time.Instant;

/**
 * A record whose retention period has passed since its last activity: due for review.
 *
 * @param kind         the kind of record ({@link RetainedRecords#kind})
 * @param reference    the contact's reference, or the record's id where it has none
 * @param rule         the retention rule it falls under, one of its kind's {@link RetainedRecords#rules}
 * @param lastActivity the last thing that happened to it (a staff member only looking at it is not activity)
 */
public record LapsedRecord(RecordKind kind, String reference, RetentionRule rule, Instant lastActivity) {
}
