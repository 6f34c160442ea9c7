package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Lines other modules add to a contact's timeline, found by its reference, in the caller's transaction: a look at
 * the reporter's personal data outside the contact's own pages, what happened to a PLOD visit, a message to the
 * reporter that could not be delivered, and a BSL video message played and translated by an interpreter. A reference
 * with no contact (yet) adds nothing.
 */
@Service
public class ContactNotes {

    /** What can happen to a visit by a Police Link Officer for Deaf people, as the timeline names it. */
    private final Contacts contacts;
    private final Timeline timeline;
    private final AccessLog accessLog;
    private final Clock clock;

    ContactNotes(Contacts contacts, Timeline timeline, AccessLog accessLog, Clock clock) {
        this.contacts = contacts;
        this.timeline = timeline;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * A member of staff read something about the contact (a message sent to the reporter, say), so nobody reads it
     * without it being written down.
     *
     * @param what what was read, a key under contact.tab in the messages, e.g. "message"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void look(Reference reference, String username, String what) {
        // The caller writes the access log: it knows what was read even when no contact is open for it yet.
        append(reference, username, new Happening.Viewed(what, null));
    }

    /**
     * The contact, if the reader may see it, with the look written down: for another module's page about the contact
     * that shows the reporter's details (a PLOD visit's booking, say).
     *
     * @param what the page, a key under contact.tab in the messages, e.g. "plod-visits"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Contact> look(Reference reference, StaffMember reader, String what) {
        var found = contacts.withReference(reference, ContactScope.of(reader));
        found.ifPresent(contact -> {
            timeline.append(contact.id(), clock.instant(), reader.username(), new Happening.Viewed(what, null));
            accessLog.read(reader.accessor(), what.startsWith("plod-visit") ? ContactRecordKind.VISIT : ContactRecordKind.CONTACT, reference.value(),
                    Map.of("page", what));
        });
        return found;
    }

    /** A PLOD visit was booked, changed, cancelled or made (its outcome), or no suitable time was found. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void plodVisit(Reference reference, String username, Happening.PlodVisit what) {
        append(reference, username, what);
    }

    /**
     * A message to the reporter could not be delivered (a mistyped address, a refusal, days of trying), so whoever
     * works the contact can reach them another way.
     *
     * @param message what was not delivered, as staff call it ("We need more information")
     * @param by      how it went, in words ("email", "text message")
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void undeliveredMessage(Reference reference, String message, String by) {
        append(reference, TimelineEntry.SYSTEM, new Happening.MessageUndelivered(message, by));
    }

    /**
     * An interpreter played the reporter's BSL video message: a look at personal data like any other.
     *
     * @return whether the contact is open to record it on; it opens a moment after the message is sent
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean bslVideoPlayed(Reference reference, String username) {
        return append(reference, username, new Happening.Viewed("bsl-video", null));
    }

    /**
     * An interpreter's English translation of the reporter's BSL video message, so handlers work the contact from it.
     *
     * @return whether the contact is open to record it on
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean bslTranslation(Reference reference, String username, String translation) {
        return append(reference, username, new Happening.BslTranslated(translation));
    }

    private boolean append(Reference reference, String actor, Happening what) {
        var contactId = contacts.idOf(reference);
        contactId.ifPresent(id -> timeline.append(id, clock.instant(), actor, what));
        return contactId.isPresent();
    }
}
