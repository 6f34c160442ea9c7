package org.bluelamp.platform.personaldata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One kind of record under retention, registered by the module that owns it (a Spring bean implementing this): its
 * rules and what starts their clock, what a reviewer sees of one, and how it is disposed of. Privacy lists, shows and
 * disposes of records through these alone, and the privacy notice lists their rules in the beans' {@code @Order}; the
 * kind's records are found for subject access by a {@link SubjectFinder} that names the kind.
 */
public interface RetainedRecords {

    /** The kind of record. */
    RecordKind kind();

    /** The rules its records fall under, with their periods as configured, in the order the privacy notice says. */
    List<RetentionRule> rules();

    /**
     * Up to {@code limit} of the records whose rule's period has passed since their last activity by {@code today}:
     * the first after {@code after}, in the order of their {@link LapsedRecord.Position positions}. The review reads a
     * page at a time, each in its own transaction, so a backlog of millions is never held at once.
     */
    List<LapsedRecord> lapsed(LocalDate today, LapsedRecord.Position after, int limit);

    /**
     * What a reviewer needs to decide, as lines whose labels are message keys; empty if there is no such record.
     * The caller records the look in the access log.
     */
    Optional<List<HeldRecord.Field>> summary(String reference);

    /**
     * Deletes the record itself in the caller's transaction; what other modules filed under its reference goes after
     * it, by their {@link RecordDisposer}s.
     */
    void dispose(String reference);
}
