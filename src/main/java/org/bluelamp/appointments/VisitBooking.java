package org.bluelamp.appointments;

import org.bluelamp.reporting.Reference;
import org.bluelamp.contact.Happening;
import org.bluelamp.contact.Contact;
import org.bluelamp.contact.ContactNotes;
import org.bluelamp.platform.language.English;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SubmittedReports;
import org.bluelamp.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A handler's work on a contact's PLOD visits: booking a free slot, recording that no offered time suits, moving a
 * visit to another slot, cancelling it. Each writes the visit, the contact's timeline and, when the person is owed a
 * confirmation, {@link VisitBooked} (or {@link VisitCancelled}), in one transaction.
 */
@Service
@Transactional
class VisitBooking {

    /** How far ahead handlers are offered times. */
    static final Duration OFFERED_AHEAD = Duration.ofDays(28);

    /** What a handler sees: the contact, its reporter, its visits and the free times. */
    record Booking(Contact contact, Reporter reporter, List<Visit> visits, List<Slot> free) {
    }

    private final ContactNotes notes;
    private final SubmittedReports reports;
    private final Slots slots;
    private final Visits visits;
    private final Visitors visitors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitBooking(ContactNotes notes, SubmittedReports reports, Slots slots, Visits visits, Visitors visitors,
                 ApplicationEventPublisher events, Clock clock) {
        this.notes = notes;
        this.reports = reports;
        this.slots = slots;
        this.visits = visits;
        this.visitors = visitors;
        this.events = events;
        this.clock = clock;
    }

    /** The contact's visits and the times on offer, with the look recorded; empty if the handler may not see it. */
    Optional<Booking> view(Reference reference, StaffMember handler) {
        return notes.look(reference, handler, "plod-visits").map(contact -> {
            var reporter = contact.reportId() == null ? Reporter.unknown()
                    : reports.reporter(contact.reportId()).orElse(Reporter.unknown());
            var now = clock.instant();
            return new Booking(contact, reporter, visits.ofContact(contact.reference()),
                    slots.free(now, now.plus(OFFERED_AHEAD)));
        });
    }

    /** Books the slot for the contact's reporter. */
    Visit book(Contact contact, StaffMember handler, UUID slotId, String place, ContactPreference confirmBy) {
        var now = clock.instant();
        var slot = slots.freeSlot(slotId, now).orElseThrow(SlotTaken::new);
        var visit = new Visit(UUID.randomUUID(), contact.reference(), contact.reportId(), VisitStatus.BOOKED, slot, place,
                confirmBy, null, handler.username(), now, null,
                ReminderTime.forVisitAt(slot.startsAt(), now).orElse(null), null, null, null);
        visits.insert(visit);
        notes.plodVisit(contact.reference(), handler.username(),
                new Happening.PlodVisitBooked(when(slot), visitors.nameOf(slot.officer())));
        confirm(visit, slot);
        return visit;
    }

    /** No offered time suited the person: what they said instead, for the PLOD team to arrange. */
    Visit noSuitableTime(Contact contact, StaffMember handler, String preferredTimes) {
        var visit = new Visit(UUID.randomUUID(), contact.reference(), contact.reportId(), VisitStatus.NO_SUITABLE_TIME,
                null, null, null, preferredTimes, handler.username(), clock.instant(), null, null, null, null, null);
        visits.insert(visit);
        notes.plodVisit(contact.reference(), handler.username(), new Happening.PlodVisitNoSuitableTime(preferredTimes));
        return visit;
    }

    /** Moves a booked visit to another free slot; false if it is not this contact's or no longer booked. */
    boolean change(Contact contact, StaffMember handler, UUID visitId, UUID slotId, String place,
                   ContactPreference confirmBy) {
        var visit = visits.lock(visitId).filter(v -> v.contactReference().equals(contact.reference()))
                .filter(Visit::booked);
        if (visit.isEmpty()) {
            return false;
        }
        var now = clock.instant();
        var slot = slots.freeSlot(slotId, now).orElseThrow(SlotTaken::new);
        visits.moveTo(visitId, slotId, place, confirmBy, ReminderTime.forVisitAt(slot.startsAt(), now).orElse(null), now);
        notes.plodVisit(contact.reference(), handler.username(),
                new Happening.PlodVisitChanged(when(slot), visitors.nameOf(slot.officer())));
        confirm(visits.find(visitId).orElseThrow(), slot);
        return true;
    }

    /** Cancels a booked visit (freeing its slot) or a request with no suitable time. */
    boolean cancel(Contact contact, StaffMember handler, UUID visitId, String reason) {
        var visit = visits.lock(visitId).filter(v -> v.contactReference().equals(contact.reference()))
                .filter(v -> v.booked() || v.status() == VisitStatus.NO_SUITABLE_TIME);
        if (visit.isEmpty()) {
            return false;
        }
        visits.cancel(visitId, handler.username(), reason, clock.instant());
        var slot = visit.get().slot();
        notes.plodVisit(contact.reference(), handler.username(),
                new Happening.PlodVisitCancelled(slot == null ? null : when(slot), reason));
        var cancelled = visit.get();
        if (cancelled.booked() && cancelled.reportId() != null && cancelled.confirmBy() != null) {
            events.publishEvent(new VisitCancelled(visitId, cancelled.reportId(), cancelled.contactReference(),
                    cancelled.slot().startsAt(), cancelled.confirmBy()));
        }
        return true;
    }

    /** A visit of this contact, to change or cancel. */
    @Transactional(readOnly = true)
    Optional<Visit> visitOf(Contact contact, UUID visitId) {
        return visits.find(visitId).filter(v -> v.contactReference().equals(contact.reference()));
    }

    private static String when(Slot slot) {
        return English.forStaff().dateAndTime(slot.startsAt());
    }

    private void confirm(Visit visit, Slot slot) {
        if (visit.reportId() != null && visit.confirmBy() != null) {
            events.publishEvent(new VisitBooked(visit.id(), visit.reportId(), visit.contactReference(),
                    slot.startsAt(), visitors.visitorOf(slot.officer()), visit.confirmBy()));
        }
    }
}
