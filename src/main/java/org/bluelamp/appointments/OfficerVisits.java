package org.bluelamp.appointments;

import org.bluelamp.reporting.Reference;
import org.bluelamp.contact.Happening;
import org.bluelamp.contact.ContactNotes;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SubmittedReports;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A PLOD officer's own work: the times they can visit, the visits booked with them, and each visit's outcome. An
 * officer sees only their own visits; opening one shows the person's details, so the look goes on the contact's
 * timeline in the same transaction.
 */
@Service
@Transactional
class OfficerVisits {

    /** Visits stay on the officer's list for a day after they begin, so an outcome can be recorded. */
    static final Duration KEPT_ON_LIST = Duration.ofDays(1);

    record Overview(List<Visit> visits, List<Slot> freeSlots) {
    }

    record VisitDetails(Visit visit, Reporter reporter) {
    }

    private final Slots slots;
    private final Visits visits;
    private final SubmittedReports reports;
    private final ContactNotes notes;
    private final AccessLog accessLog;
    private final Clock clock;

    OfficerVisits(Slots slots, Visits visits, SubmittedReports reports, ContactNotes notes, AccessLog accessLog,
                  Clock clock) {
        this.accessLog = accessLog;
        this.slots = slots;
        this.visits = visits;
        this.reports = reports;
        this.notes = notes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Overview overview(StaffMember officer) {
        var now = clock.instant();
        return new Overview(visits.ofOfficer(officer.username(), now.minus(KEPT_ON_LIST)),
                slots.freeOf(officer.username(), now));
    }

    /** One of the officer's visits with the person's details, recording the look; empty if it is not theirs. */
    Optional<VisitDetails> visit(UUID visitId, StaffMember officer) {
        return visits.find(visitId).filter(visit -> isTheirs(visit, officer)).map(visit -> {
            notes.look(visit.contactReference(), officer.username(), "plod-visit");
            // The visit is theirs to make, so they see it whoever's contact it is; the look is logged all the same.
            accessLog.read(officer.accessor(), VisitRecordKind.VISIT, visit.contactReference().value(),
                    Map.of("page", "plod-visit", "visit", visit.id().toString()));
            var reporter = visit.reportId() == null ? Reporter.unknown()
                    : reports.reporter(visit.reportId()).orElse(Reporter.unknown());
            return new VisitDetails(visit, reporter);
        });
    }

    /** Offers a new time; false if it overlaps one of the officer's times. */
    boolean addSlot(StaffMember officer, Instant startsAt, Instant endsAt) {
        return slots.add(new Slot(UUID.randomUUID(), officer.username(), startsAt, endsAt), clock.instant());
    }

    /** Takes back a free time; false if it has been booked meanwhile. */
    boolean withdraw(StaffMember officer, UUID slotId) {
        return slots.withdraw(slotId, officer.username(), clock.instant());
    }

    /** What happened at a booked visit; false if it is not theirs or not booked. */
    boolean recordOutcome(StaffMember officer, UUID visitId, String outcome, String outcomeWords, String note) {
        var visit = visits.lock(visitId).filter(v -> isTheirs(v, officer)).filter(Visit::booked);
        if (visit.isEmpty()) {
            return false;
        }
        visits.recordOutcome(visitId, outcome, note, clock.instant());
        notes.plodVisit(visit.get().contactReference(), officer.username(),
                new Happening.PlodVisitOutcome(outcomeWords, note));
        return true;
    }

    private static boolean isTheirs(Visit visit, StaffMember officer) {
        return visit.slot() != null && visit.slot().officer().equals(officer.username());
    }
}
