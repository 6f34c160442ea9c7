package org.bluelamp.platform.personaldata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Implemented by a module that owns a kind of record with a retention rule: which of its records are due for review,
 * and what a reviewer sees of one. Privacy lists them; the module decides the rule from what the record holds.
 */
public interface RetainedRecords {

    /** The kind of record: contact, relay-call, data-request... */
    String kind();

    /** Records whose rule's period has passed since their last activity by {@code today}, oldest activity first. */
    List<LapsedRecord> lapsed(RetentionRules rules, LocalDate today);

    /**
     * What a reviewer needs to decide, as lines whose labels are message keys; empty if there is no such record.
     * The caller records the look in the access log.
     */
    Optional<List<HeldRecord.Field>> summary(String reference);
}
