package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.reporting.AttachmentContent;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SubmittedReports;
import org.bluelamp.reporting.SupportNeeds;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff reads of a contact. Each look is written to the contact's timeline and the access log in the same
 * transaction as the read, so no one sees a reporter's details without it being recorded (an event could be lost;
 * this cannot).
 */
@Service
@Transactional
class ContactReading {

    /** The pages that show the conversation's words: opening one reads the reporter's messages. */
    private static final java.util.Set<String> SHOWS_CONVERSATION = java.util.Set.of("overview", "timeline");

    private final Contacts contacts;
    private final SubmittedReports reports;
    private final Assessments assessments;
    private final InformationRequests requests;
    private final ContactLinks links;
    private final LinkSuggestions suggestions;
    private final Timeline timeline;
    private final Conversations conversations;
    private final AccessLog accessLog;
    private final Clock clock;
    private final RecordsSystemColumns recordsSystem;

    ContactReading(Contacts contacts, SubmittedReports reports, Assessments assessments, InformationRequests requests,
                   ContactLinks links, LinkSuggestions suggestions, Timeline timeline, Conversations conversations,
                   AccessLog accessLog, Clock clock, RecordsSystemColumns recordsSystem) {
        this.recordsSystem = recordsSystem;
        this.conversations = conversations;
        this.contacts = contacts;
        this.reports = reports;
        this.assessments = assessments;
        this.requests = requests;
        this.links = links;
        this.suggestions = suggestions;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The contact's pages, recording the look ("page" says which), or empty if it is outside the reader's scope. */
    Optional<ContactView> view(Reference reference, StaffMember reader, String page) {
        var scope = ContactScope.of(reader);
        return contacts.withReference(reference, scope).map(contact -> {
            var now = clock.instant();
            timeline.append(contact.id(), now, reader.username(), new Happening.Viewed(page, null));
            accessLog.read(reader.accessor(), ContactRecordKind.CONTACT, contact.reference().value(), Map.of("page", page));
            var conversation = conversations.of(contact.id());
            if (holds(contact, reader) && SHOWS_CONVERSATION.contains(page)) {
                conversations.markRead(contact.id(), reader.username(), now);
            }
            boolean hasReport = contact.reportId() != null;
            return new ContactView(contact, hasReport ? reports.find(contact.reportId()).orElse(null) : null,
                    hasReport ? reports.particulars(contact.reportId()).orElse(null) : null,
                    hasReport ? reports.reporter(contact.reportId()).orElse(null) : null,
                    assessments.of(contact.id()), requests.of(contact.id()), links.of(contact.id(), scope),
                    suggestions.forContact(contact.id(), scope), timeline.of(contact.id()),
                    hasReport ? reports.supportNeeds(contact.reportId()) : SupportNeeds.none(), conversation,
                    recordsSystem.of(contact.id()));
        });
    }

    /**
     * Whoever holds the contact, for whom the reporter's messages are unread until they open it: the officer it is
     * allocated to, else anyone working its team or queue (whoever may see it).
     */
    static boolean holds(Contact contact, StaffMember reader) {
        return contact.allocatedTo() == null || contact.allocatedTo().equals(reader.username());
    }

    /**
     * The conversation a reply answers, for the form beside it: a look, recorded as any other; with whether the
     * reporter can be told of a reply at all (not anonymous, safe to contact, with an address).
     */
    ActionPage.ReplyBeside besideReply(Contact contact, StaffMember reader) {
        timeline.append(contact.id(), clock.instant(), reader.username(), new Happening.Viewed("reply", null));
        accessLog.read(reader.accessor(), ContactRecordKind.CONTACT, contact.reference().value(), Map.of("page", "reply"));
        boolean reachable = contact.reportId() != null
                && reports.reporter(contact.reportId()).map(Reporter::mayBeContacted).orElse(false);
        return new ActionPage.ReplyBeside(conversations.of(contact.id()), reachable);
    }

    /** One file the reporter sent, recording that it was opened. */
    Optional<AttachmentContent> file(Reference reference, StaffMember reader, UUID fileId) {
        return contacts.withReference(reference, ContactScope.of(reader))
                .filter(contact -> contact.reportId() != null)
                .flatMap(contact -> reports.attachment(contact.reportId(), fileId).map(file -> {
                    timeline.append(contact.id(), clock.instant(), reader.username(),
                            new Happening.Viewed("file", file.attachment().name()));
                    // By its id: a file's name is the reporter's own words, and the log outlives the contact.
                    accessLog.read(reader.accessor(), ContactRecordKind.FILE, contact.reference().value(), Map.of("file", fileId.toString()));
                    return file;
                }));
    }

    /** What the reporter told us, for the assessment form beside it: a look, recorded as any other. */
    ActionPage.ReportBeside besideAssessment(Contact contact, StaffMember reader) {
        timeline.append(contact.id(), clock.instant(), reader.username(), new Happening.Viewed("assess", null));
        accessLog.read(reader.accessor(), ContactRecordKind.CONTACT, contact.reference().value(), Map.of("page", "assess"));
        boolean hasReport = contact.reportId() != null;
        return new ActionPage.ReportBeside(hasReport ? reports.find(contact.reportId()).orElse(null) : null,
                hasReport ? reports.supportNeeds(contact.reportId()) : SupportNeeds.none());
    }

    /** The questions the reporter has not answered yet, for recording an answer: shown to staff already. */
    @Transactional(readOnly = true)
    List<InformationRequest> requestsWaiting(UUID contactId) {
        return requests.of(contactId).stream().filter(r -> !r.answered()).toList();
    }

    /** The contact alone, for an action's form: no personal data is shown, so it is not a look to record. */
    @Transactional(readOnly = true)
    Optional<Contact> forAction(Reference reference, StaffMember actor) {
        return contacts.withReference(reference, ContactScope.of(actor));
    }
}
