package org.bluelamp.reporting;

import java.util.Optional;
import java.util.UUID;

/** Read access to submitted reports for other modules. */
public interface SubmittedReports {

    Optional<SubmittedReport> find(UUID reportId);

    /** One file sent with the report, to read. */
    Optional<AttachmentContent> attachment(UUID reportId, UUID fileId);

    /** The report's names, contact details, places, vehicles and words, for search and for the danger scan. */
    Optional<ReportParticulars> particulars(UUID reportId);
}
