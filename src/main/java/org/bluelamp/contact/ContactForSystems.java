package org.bluelamp.contact;

import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.Accessor;
import org.bluelamp.reporting.AttachmentContent;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.SubmittedReport;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of a contact by the force's own systems (integration's API), which may read any contact. As for staff
 * ({@link ContactReading}), each read is written to the access log in the read's transaction, so nothing leaves
 * without its entry; unlike staff's, a system's read is not a line on the timeline, which a system polling the feed
 * would fill with its own looks.
 */
@Service
@Transactional
public class ContactForSystems {

    /** What the access log's detail says of a read through the API. */
    private static final String PAGE = "api";

    private final Contacts contacts;
    private final SubmittedReports reports;
    private final Timeline timeline;
    private final RecordsSystemColumns recordsSystem;
    private final AccessLog accessLog;

    ContactForSystems(Contacts contacts, SubmittedReports reports, Timeline timeline,
                      RecordsSystemColumns recordsSystem, AccessLog accessLog) {
        this.contacts = contacts;
        this.recordsSystem = recordsSystem;
        this.reports = reports;
        this.timeline = timeline;
        this.accessLog = accessLog;
    }

    /** The contact whole, recording the read; empty for an unknown reference. */
    public Optional<ContactWhole> read(Reference reference, Accessor reader) {
        return find(reference).map(contact -> {
            accessLog.read(reader, ContactRecordKind.CONTACT, contact.reference().value(), Map.of("page", PAGE));
            var report = contact.reportId() == null ? Optional.<SubmittedReport>empty() : reports.find(contact.reportId());
            var reporter = contact.reportId() == null ? null : reports.reporter(contact.reportId())
                    .filter(found -> !found.anonymous()).orElse(null);
            var lines = timeline.of(contact.id()).reversed().stream().filter(line -> !line.view()).toList();
            return new ContactWhole(contact, report.map(SubmittedReport::answers).orElse(List.of()), reporter,
                    report.map(SubmittedReport::attachments).orElse(List.of()), lines,
                    recordsSystem.of(contact.id()));
        });
    }

    /**
     * One file the reporter sent, open to stream, recording it as an export (it leaves the system whole); empty for
     * an unknown reference or file.
     *
     * @throws org.bluelamp.platform.files.FileNotOpenable if it is not yet scanned for viruses or held one; nothing
     *                                                     is logged then, as nothing was read
     */
    public Optional<AttachmentContent> file(Reference reference, UUID fileId, Accessor reader) {
        return find(reference).filter(contact -> contact.reportId() != null)
                .flatMap(contact -> reports.attachment(contact.reportId(), fileId).map(file -> {
                    // By its id, as staff's opening is: a file's name is the reporter's own words.
                    accessLog.export(reader, ContactRecordKind.FILE, contact.reference().value(),
                            Map.of("page", PAGE, "file", fileId.toString()));
                    return file;
                }));
    }

    private Optional<Contact> find(Reference reference) {
        return contacts.idOf(reference).flatMap(id -> contacts.withIds(new UUID[]{id}).stream().findFirst());
    }
}
