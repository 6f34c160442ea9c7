package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A contact as its reporter may see it: where it stands in plain words, the questions waiting for them, and what
 * the force has told them. Never internal notes, risk, assessments or staff names.
 *
 * @param serviceId the kind of report, to name it in the reader's language
 * @param outcome   the outcome written for the reporter, once closed; null otherwise
 * @param questions the questions staff asked that still wait for an answer, oldest first
 * @param steps     what has happened that the reporter may know, oldest first
 */
public record ReporterProgress(Reference reference, String serviceId, String serviceTitle, Instant receivedAt, Stage stage,
                               String outcome, List<OpenQuestion> questions, List<Step> steps) {

    public ReporterProgress {
        questions = List.copyOf(questions);
        steps = List.copyOf(steps);
    }

    /** Where the report stands, as the reporter is told it. */
    public enum Stage {
        RECEIVED, BEING_LOOKED_AT, NEED_INFORMATION, WITH_OFFICER, PASSED_ON, CLOSED;

        /** For message keys, e.g. "need-information". */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Stage of(ContactStatus status) {
            return switch (status) {
                case NEW -> RECEIVED;
                case IN_PROGRESS -> BEING_LOOKED_AT;
                case AWAITING_INFORMATION -> NEED_INFORMATION;
                case ALLOCATED -> WITH_OFFICER;
                case REFERRED -> PASSED_ON;
                case FILED, CLOSED -> CLOSED;
            };
        }
    }

    /** A question staff asked the reporter that waits for their answer. */
    public record OpenQuestion(UUID requestId, String question, Instant askedAt) {
    }

    /**
     * One thing that happened, as the reporter is told it.
     *
     * @param kind  what happened, for message keys: received, asked, answered, added, with-officer, with-team,
     *              crime-recorded, passed-on, closed, reopened
     * @param words the words that go with it for the reporter (the question, their answer, the outcome, the
     *              organisation it was passed to), or null
     */
    public record Step(Instant at, String kind, String words) {
    }

    public boolean closed() {
        return stage == Stage.CLOSED;
    }
}
