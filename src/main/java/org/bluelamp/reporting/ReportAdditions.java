package org.bluelamp.reporting;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;

import java.util.List;
import java.util.UUID;

/**
 * Information a reporter adds to a report they sent: the form comes from a definition read by the question engine,
 * with the journeys' rules and file checks, and the files are kept with the report's own.
 */
public interface ReportAdditions {

    /** The form to show: blank, or as it was sent with its errors. */
    AdditionForm form(SentForm sent, FormErrors errors, String action, Texts texts);

    /**
     * Checks the form and, if it is right, stores the information and its files against the report in the caller's
     * transaction. Nothing is stored when there are errors.
     *
     * @param requestId the question from staff it answers, or null
     */
    Outcome add(UUID reportId, UUID requestId, SentForm sent, Texts texts);

    /**
     * What adding came to.
     *
     * @param information the reporter's words, once stored
     * @param fileNames   the names of the files stored with them
     */
    record Outcome(FormErrors errors, String information, List<String> fileNames) {

        public boolean added() {
            return errors.isEmpty();
        }
    }
}
