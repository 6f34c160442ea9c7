package org.bluelamp.contact;

import org.bluelamp.contact.clocks.ServiceClocks;
import org.bluelamp.contact.emergency.PossibleEmergencyRules;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.ReportParticulars;
import org.bluelamp.reporting.ReportSubmitted;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Opens a contact for every report in the queue its definition names, due a first contact within the promised time
 * and, where the report may be a crime, a crime-recording decision; words suggesting present danger flag it so a
 * person looks at it first.
 */
@Component
class OnlineReportIntake {

    /** Where a report goes if its event predates routing: the handlers who see everything first. */
    static final String DEFAULT_QUEUE = "contact-management";

    private final Contacts contacts;
    private final SubmittedReports reports;
    private final ServiceClocks clocks;
    private final PossibleEmergencyRules emergencies;
    private final Timeline timeline;
    private final ContactParticulars particulars;
    private final ObjectProvider<LoggedConversations> conversations;
    private final ApplicationEventPublisher events;

    OnlineReportIntake(Contacts contacts, SubmittedReports reports, ServiceClocks clocks,
                       PossibleEmergencyRules emergencies, Timeline timeline, ContactParticulars particulars,
                       ObjectProvider<LoggedConversations> conversations, ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.reports = reports;
        this.clocks = clocks;
        this.emergencies = emergencies;
        this.timeline = timeline;
        this.particulars = particulars;
        this.conversations = conversations;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted event) {
        var received = event.submittedAt();
        var reported = reports.particulars(event.reportId());
        var scan = emergencies.scan(reported.map(ReportParticulars::freeText).orElse(List.of()));
        var contact = new Contact(UUID.randomUUID(), event.reference(), event.reportId(), event.channelOrOnline(),
                event.serviceId(), event.serviceTitle(), received, clocks.firstContactDue(received),
                event.queue() == null ? DEFAULT_QUEUE : event.queue(),
                event.priority() == null ? Priority.STANDARD : event.priority(),
                event.crimeDecision() ? clocks.crimeDecisionDue(received) : null, ContactStatus.NEW,
                scan.flagged(), scan.terms(), null, List.of(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, reports.supportNeeds(event.reportId()).needs().stream().sorted().toList(),
                event.language(), null, null);
        if (contacts.addIfNew(contact)) {
            reported.ifPresent(found -> particulars.save(contact.id(), found));
            timeline.append(contact.id(), received, event.loggedBy() == null ? TimelineEntry.SYSTEM : event.loggedBy(),
                    new Happening.Received(contact.channel(), contact.queue()));
            if (event.callStartedAt() != null) {
                contacts.recordCall(event.reportId(), new Contact.Call(event.callStartedAt(), event.callEndedAt(),
                        event.loggedBy(), event.interpreter()));
            }
            if (scan.flagged()) {
                timeline.append(contact.id(), received, TimelineEntry.SYSTEM,
                        new Happening.PossibleEmergency(String.join(", ", scan.terms())));
            }
            if (event.chatId() != null) {
                // a logged web chat: its whole transcript, in the transaction that opens the contact
                conversations.orderedStream()
                        .flatMap(held -> held.transcriptOf(event.chatId(), event.reference()).stream())
                        .findFirst()
                        .ifPresent(transcript -> timeline.append(contact.id(), received, event.loggedBy(),
                                new Happening.ChatTranscript(transcript)));
            }
            // every channel opens its contact here, so this is the one place a contact is received
            events.publishEvent(new ContactReceived(contact.id(), contact.reference(), contact.reportId(),
                    contact.channel(), contact.serviceId(), received));
        }
    }
}
