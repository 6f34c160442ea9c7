package org.bluelamp.platform.personaldata;

import java.util.List;

/**
 * Implemented by each module that holds personal data: what it holds about a subject, for a subject access
 * request. It returns only records that carry one of the subject's details, never another person's.
 */
public interface SubjectFinder {

    List<HeldRecord> find(Subject subject);
}
