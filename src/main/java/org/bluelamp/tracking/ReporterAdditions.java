package org.bluelamp.tracking;

import org.bluelamp.contact.ContactsForReporters;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.ReportAdditions;
import org.bluelamp.reporting.SentForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * What a reporter adds online, stored with the report and written on the contact's timeline in one transaction,
 * so the handler never misses an answer that was saved, and no answer is on the timeline that was not.
 */
@Service
class ReporterAdditions {

    private final ReportAdditions additions;
    private final ContactsForReporters contacts;

    ReporterAdditions(ReportAdditions additions, ContactsForReporters contacts) {
        this.additions = additions;
        this.contacts = contacts;
    }

    /** @param requestId an open question from staff that this answers, or null */
    @Transactional
    ReportAdditions.Outcome add(UUID reportId, UUID requestId, SentForm sent, Texts texts) {
        var outcome = additions.add(reportId, requestId, sent, texts);
        if (!outcome.added()) {
            return outcome;
        }
        boolean answered = requestId != null
                && contacts.answer(reportId, requestId, outcome.information(), outcome.fileNames());
        if (!answered) {
            contacts.addInformation(reportId, outcome.information(), outcome.fileNames());
        }
        return outcome;
    }
}
