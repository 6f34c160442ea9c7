package org.bluelamp.platform.personaldata;

import java.util.List;
import java.util.Set;

/**
 * Implemented by each module that holds personal data: what it holds about a subject, for a subject access
 * request. It returns only records that carry one of the subject's details, never another person's.
 */
public interface SubjectFinder {

    /** The kinds of record it finds: every kind under retention is found by some finder. */
    Set<RecordKind> kinds();

    List<HeldRecord> find(Subject subject);
}
