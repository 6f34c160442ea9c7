package org.bluelamp.contact;

import java.time.Instant;

/**
 * What the force's records system has told us about a contact, the latest of each: for the contact's page, and what
 * the reporter may be told of it.
 *
 * @param crimeNumber the crime number, or null; {@code crimeNumberAt} when it came
 * @param officer     the officer in charge, or null; {@code officerNamedAt} when they were named
 * @param result      the investigation's result, or null; {@code resultAt} when it came
 */
public record RecordsSystemDetails(CrimeNumber crimeNumber, Instant crimeNumberAt, OfficerInCharge officer,
                                   Instant officerNamedAt, InvestigationResult result, Instant resultAt) {

    public static final RecordsSystemDetails NONE = new RecordsSystemDetails(null, null, null, null, null, null);

    /** Nothing has come from the records system. */
    public boolean none() {
        return crimeNumber == null && officer == null && result == null;
    }
}
