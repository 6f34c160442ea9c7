package org.bluelamp.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The reporter's own date of birth in each report that asked for it (the answer whose definition gives it the role
 * {@code reporter-date-of-birth}), so a subject access search can tell one person from another of the same name.
 */
public interface DatesOfBirth {

    /** The reporters' dates of birth by report id; reports that hold none are left out. */
    Map<UUID, LocalDate> of(Collection<UUID> reportIds);
}
