package org.bluelamp.tracking;

import org.bluelamp.contact.ReporterProgress;
import org.bluelamp.reporting.AdditionForm;

/**
 * Adding information to a tracked report, or answering a question staff asked.
 *
 * @param question the question being answered, or null to add information unasked
 */
public record AddInformationPage(AdditionForm form, ReporterProgress.OpenQuestion question) {

    public String requestId() {
        return question == null ? "" : question.requestId().toString();
    }
}
