package org.bluelamp.contact;

import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.ReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Opens a contact for every online report in the queue its definition names, due a first response within the
 * promised time and, where the report may be a crime, a crime-recording decision.
 */
@Component
class OnlineReportIntake {

    /** Where a report goes if its event predates routing: the handlers who see everything first. */
    static final String DEFAULT_QUEUE = "contact-management";

    private final Contacts contacts;
    private final ContactProperties properties;
    private final ContactParticulars particulars;

    OnlineReportIntake(Contacts contacts, ContactProperties properties, ContactParticulars particulars) {
        this.contacts = contacts;
        this.properties = properties;
        this.particulars = particulars;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted event) {
        var received = event.submittedAt();
        var contact = new Contact(UUID.randomUUID(), event.reference(), event.reportId(), "online",
                event.serviceTitle(), received, received.plus(properties.firstResponse()),
                event.queue() == null ? DEFAULT_QUEUE : event.queue(),
                event.priority() == null ? Priority.STANDARD : event.priority(),
                event.crimeDecision() ? received.plus(properties.crimeDecision()) : null);
        contacts.addIfNew(contact, event.serviceId());
        particulars.copyFromReport(event.reportId());
    }
}
