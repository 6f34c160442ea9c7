package org.bluelamp.contact;

import org.bluelamp.platform.language.Language;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.SupportNeed;

import java.time.Duration;
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
 * @param call             for a contact logged by staff, the call's times; null for one the public sent
 * @param supportNeeds     the support the reporter asked for to talk to us (interpreters, other); their own words
 *                         for it stay in the report
 * @param replyDue         when a reply to the reporter's oldest unanswered message is due; null when none waits
 * @param agreedUpdates    how often the reporter agreed to be updated; null until the officer records it
 */
public record Contact(UUID id, Reference reference, UUID reportId, String channel, String serviceId,
                      String serviceTitle, Instant receivedAt, Instant firstResponseDue, String queue,
                      Priority priority, Instant crimeDecisionDue, ContactStatus status, boolean possibleEmergency,
                      List<String> emergencyTerms, Risk risk, List<Vulnerability> vulnerabilities, Grading grading,
                      Instant gradingDue, String openingCategory, String closingCategory, Instant firstContactAt,
                      String crimeDecision, String crimeClassification, Instant crimeDecidedAt,
                      Instant victimUpdateDue, String referredTo, String outcome, Instant closedAt,
                      String allocatedTeam, String allocatedTo, Call call, List<SupportNeed> supportNeeds,
                      Language language, Instant replyDue, UpdateFrequency agreedUpdates) {

    public Contact {
        supportNeeds = supportNeeds == null ? List.of() : List.copyOf(supportNeeds);
        language = language == null ? Language.ENGLISH : language;
    }

    /**
     * A call, walk-in or email a member of staff logged: when it started and ended, and who logged it; for a BSL video
     * relay call, who interpreted (otherwise null).
     */
    public record Call(Instant startedAt, Instant endedAt, String loggedBy, String interpreter) {

        public long minutes() {
            return endedAt == null ? 0 : Duration.between(startedAt, endedAt).toMinutes();
        }
    }

    /**
     * Whether the reporter uses BSL: they asked for a BSL interpreter, or came through the video relay or a BSL video
     * message. Whoever contacts them must book an interpreter (or the relay) first.
     */
    public boolean usesBsl() {
        return supportNeeds.contains(SupportNeed.BSL_INTERPRETER) || Channel.VIDEO_RELAY.code().equals(channel)
                || Channel.BSL_VIDEO_MESSAGE.code().equals(channel);
    }

    /** The support asked for besides BSL, which {@link #usesBsl()} shows. */
    public List<SupportNeed> otherSupportNeeds() {
        return supportNeeds.stream().filter(need -> need != SupportNeed.BSL_INTERPRETER).toList();
    }

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
