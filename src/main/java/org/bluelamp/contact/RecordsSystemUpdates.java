package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the force's records system writes back to a contact: its crime number, the officer in charge and the result.
 * Each write that changes something changes the contact, writes its line in the timeline and publishes its event for
 * the reporter's message and the API's feed, in one transaction, as {@link ContactWork} does. The same value sent again
 * changes nothing and publishes nothing, so a system that retries a call is safe. The caller has checked the values
 * ({@link CrimeNumber#problem}, {@link OfficerInCharge#problems}, {@link InvestigationResult#problems}) and knows the
 * caller may write.
 */
@Service
@Transactional
public class RecordsSystemUpdates {

    /** What a write did. */
    public enum Written {
        /** Stored, on the timeline, and its event published. */
        CHANGED,
        /** The contact had this value already: nothing was done. */
        UNCHANGED,
        /** No contact has the reference. */
        UNKNOWN_CONTACT
    }

    private final RecordsSystemColumns columns;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordsSystemUpdates(RecordsSystemColumns columns, Timeline timeline, ApplicationEventPublisher events,
                         Clock clock) {
        this.columns = columns;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** @param by who wrote it, for the timeline, e.g. "api:rms-7k3m9q" */
    public Written crimeNumber(Reference reference, CrimeNumber number, String by) {
        Objects.requireNonNull(number);
        var found = columns.lock(reference);
        if (found.isEmpty()) {
            return Written.UNKNOWN_CONTACT;
        }
        var contact = found.get();
        if (number.equals(contact.details().crimeNumber())) {
            return Written.UNCHANGED;
        }
        var now = clock.instant();
        columns.crimeNumber(contact.id(), number, now);
        timeline.append(contact.id(), now, actor(by), new Happening.CrimeNumberGiven(number.value()));
        events.publishEvent(new CrimeNumberRecorded(contact.id(), contact.reference(), contact.reportId(),
                number.value(), now));
        return Written.CHANGED;
    }

    public Written officerInCharge(Reference reference, OfficerInCharge officer, String by) {
        Objects.requireNonNull(officer);
        var found = columns.lock(reference);
        if (found.isEmpty()) {
            return Written.UNKNOWN_CONTACT;
        }
        var contact = found.get();
        if (officer.equals(contact.details().officer())) {
            return Written.UNCHANGED;
        }
        var now = clock.instant();
        columns.officerInCharge(contact.id(), officer, now);
        timeline.append(contact.id(), now, actor(by),
                new Happening.OfficerInChargeGiven(officer.name(), officer.collarNumber()));
        events.publishEvent(new OfficerInChargeNamed(contact.id(), contact.reference(), contact.reportId(),
                officer.name(), officer.collarNumber(), now));
        return Written.CHANGED;
    }

    public Written result(Reference reference, InvestigationResult result, String by) {
        Objects.requireNonNull(result);
        var found = columns.lock(reference);
        if (found.isEmpty()) {
            return Written.UNKNOWN_CONTACT;
        }
        var contact = found.get();
        if (result.equals(contact.details().result())) {
            return Written.UNCHANGED;
        }
        var now = clock.instant();
        columns.result(contact.id(), result, now);
        timeline.append(contact.id(), now, actor(by),
                new Happening.ResultGiven(result.outcome().code(), result.description()));
        events.publishEvent(new ResultRecorded(contact.id(), contact.reference(), contact.reportId(),
                result.outcome(), result.description(), now));
        return Written.CHANGED;
    }

    /**
     * What the records system has told the contact, for a system reading it whole; empty for a reference no contact
     * has. The caller records the read.
     */
    @Transactional(readOnly = true)
    public Optional<RecordsSystemDetails> held(Reference reference) {
        return columns.idOf(reference).map(columns::of);
    }

    private static String actor(String by) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("A write from the records system needs who wrote it");
        }
        return by;
    }
}
