package org.bluelamp.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as staff read it: each question as the reporter saw it, with their answer, and the files they sent.
 *
 * @param anonymous the reporter chose to stay anonymous, so nobody will contact them
 */
public record SubmittedReport(UUID id, Reference reference, String serviceTitle, int definitionVersion,
                              Instant submittedAt, boolean anonymous, List<AnsweredQuestion> answers,
                              List<Attachment> attachments) {

    public SubmittedReport withAttachments(List<Attachment> files) {
        return new SubmittedReport(id, reference, serviceTitle, definitionVersion, submittedAt, anonymous, answers, files);
    }

    /** A question and the lines of its answer, as shown on "Check your answers" when the report was sent. */
    public record AnsweredQuestion(String questionId, String question, List<String> answer) {
    }
}
