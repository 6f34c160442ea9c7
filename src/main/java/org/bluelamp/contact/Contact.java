package org.bluelamp.contact;

import org.bluelamp.reporting.Priority;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One contact from the public, whatever the channel: where it is worked, what has been decided, and its clocks.
 *
 * @param firstResponseDue when first contact with the reporter is due; met once {@code firstContactAt} is set
 * @param crimeDecisionDue when a crime-recording decision must be made; null when none is needed
 * @param emergencyTerms   the words in the reporter's account that suggest present danger, if any
 * @param gradingDue       the target time of its grading, once graded
 * @param victimUpdateDue  when the reporter is next owed an update (Victims' Code)
 */
public record Contact(UUID id, String reference, UUID reportId, String channel, String serviceId,
                      String serviceTitle, Instant receivedAt, Instant firstResponseDue, String queue,
                      Priority priority, Instant crimeDecisionDue, ContactStatus status, boolean possibleEmergency,
                      List<String> emergencyTerms, Risk risk, List<Vulnerability> vulnerabilities, Grading grading,
                      Instant gradingDue, String openingCategory, String closingCategory, Instant firstContactAt,
                      String crimeDecision, String crimeClassification, Instant crimeDecidedAt,
                      Instant victimUpdateDue, String referredTo, String outcome, Instant closedAt,
                      String allocatedTeam, String allocatedTo) {

    public boolean overdueAt(Instant now) {
        return firstContactAt == null && firstResponseDue.isBefore(now);
    }

    public boolean finished() {
        return status.finished();
    }

    public boolean crimeDecided() {
        return crimeDecision != null;
    }

    public boolean assessed() {
        return grading != null;
    }
}
