package org.bluelamp.contact;

import org.bluelamp.reporting.Attachment;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SubmittedReport.AnsweredQuestion;

import java.util.List;

/**
 * A contact whole, as a system of the force reads it: where it stands, what the reporter told us as they saw it on
 * "Check your answers", who they are, the files they sent and what has happened to it (looks at it left out).
 *
 * @param answers  the summary the reporter saw when they sent it; empty for a contact with no report
 * @param reporter who made the report and how they may be reached; null when anonymous or not known
 * @param files    the files sent with the report, whether or not they may be opened yet
 * @param timeline oldest first
 * @param recordsSystem what the force's records system has told it: crime number, officer in charge, result
 */
public record ContactWhole(Contact contact, List<AnsweredQuestion> answers, Reporter reporter,
                           List<Attachment> files, List<TimelineEntry> timeline, RecordsSystemDetails recordsSystem) {

    public ContactWhole {
        answers = List.copyOf(answers);
        files = List.copyOf(files);
        timeline = List.copyOf(timeline);
    }
}
