package org.bluelamp.platform.personaldata;

import org.bluelamp.platform.Texts;

import java.util.List;
import java.util.Set;

/**
 * Implemented by each module that holds personal data: what it holds about a subject, for a subject access
 * request. It returns only records that carry one of the subject's details, never another person's.
 */
public interface SubjectFinder {

    /** The kinds of record it finds: every kind under retention is found by some finder. */
    Set<RecordKind> kinds();

    /**
     * @param texts words and dates in the language the request was made in ({@link HeldFields#in}): every label,
     *              title and date of the records is written in them, as the person will read their answer
     */
    List<HeldRecord> find(Subject subject, Texts texts);
}
