package org.bluelamp.reporting;

import org.bluelamp.platform.language.Language;
import java.util.Optional;
import java.util.UUID;

/** Read access to submitted reports for other modules. */
public interface SubmittedReports {

    Optional<SubmittedReport> find(UUID reportId);

    /** One file sent with the report, to read. */
    Optional<AttachmentContent> attachment(UUID reportId, UUID fileId);

    /** The report's names, contact details, places, vehicles and words, for search and for the danger scan. */
    Optional<ReportParticulars> particulars(UUID reportId);

    /** Who made the report and how they may be reached; empty for an unknown report. */
    Optional<Reporter> reporter(UUID reportId);

    /** The support the reporter asked for to talk to us (interpreters, other); none when the service does not ask. */
    SupportNeeds supportNeeds(UUID reportId);

    /** The language the report was made in: what its messages are written in. English for an unknown report. */
    Language languageOf(UUID reportId);

    /** The report with this reference; parse what a person typed with {@link Reference#parse} first. */
    Optional<UUID> idOf(Reference reference);
}
