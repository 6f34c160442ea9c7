package org.bluelamp.contact;

import org.bluelamp.reporting.ReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Opens a contact for every online report, due a first response within the promised time. */
@Component
class OnlineReportIntake {

    private final Contacts contacts;
    private final ContactProperties properties;

    OnlineReportIntake(Contacts contacts, ContactProperties properties) {
        this.contacts = contacts;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted event) {
        var due = event.submittedAt().plus(properties.firstResponse());
        var contact = new Contact(UUID.randomUUID(), event.reference(), event.reportId(), "online",
                event.serviceTitle(), event.submittedAt(), due);
        contacts.addIfNew(contact, event.serviceId());
    }
}
