package org.bluelamp.platform.personaldata;

import java.time.Instant;

/**
 * A record whose retention period has passed since its last activity: due for review.
 *
 * @param kind         the kind of record ({@link RetainedRecords#kind})
 * @param reference    the contact's reference, or the record's id where it has none
 * @param rule         the retention rule it falls under, one of its kind's {@link RetainedRecords#rules}
 * @param lastActivity the last thing that happened to it (a staff member only looking at it is not activity)
 * @param position     where it sits in its source's order, so the next page starts after it
 */
public record LapsedRecord(RecordKind kind, String reference, RetentionRule rule, Instant lastActivity,
                           Position position) {

    /**
     * A place in a source's order: a time that never changes for the record (when it was received, or ended) and a
     * key unique to it. Pages are read in the order of {@code (at, key)}, so records that change between pages are
     * neither skipped nor read twice.
     */
    public record Position(Instant at, String key) {

        /** Before every record. */
        public static final Position FIRST = new Position(Instant.EPOCH, "");
    }
}
