package org.bluelamp.tracking;

import org.bluelamp.platform.codes.CodePurpose;
import org.bluelamp.platform.codes.OneTimeCodes;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Starts the code step for a reference and a contact. Whether or not the reference exists and the contact is its
 * reporter's, the answer is a challenge id: a real challenge whose code goes to the address typed, or a decoy that
 * sends nothing and never passes. So the pages that follow are the same, and nobody learns whose report is whose.
 */
@Service
class CodeRequests {

    static final CodePurpose PURPOSE = CodePurpose.TRACK_REPORT;

    private final SubmittedReports reports;
    private final OneTimeCodes codes;

    CodeRequests(SubmittedReports reports, OneTimeCodes codes) {
        this.reports = reports;
        this.codes = codes;
    }

    @Transactional
    UUID request(Reference reference, TypedContact contact) {
        var match = reports.idOf(reference)
                .filter(reportId -> reports.reporter(reportId).filter(contact::matches).isPresent());
        return match.isPresent()
                ? codes.issue(PURPOSE, match.get().toString(), contact.recipient(), reference.value())
                : codes.issue(PURPOSE, null, null, reference.value());
    }
}
