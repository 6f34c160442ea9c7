package org.bluelamp.contact.clocks;

import org.bluelamp.contact.Grading;
import org.bluelamp.contact.UpdateFrequency;
import org.bluelamp.platform.LondonTime;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;

/**
 * The deadlines a contact is measured against, worked out from {@link ClockProperties}. Targets in hours and
 * minutes are real elapsed time; targets in days follow the calendar in London.
 */
@Component
public class ServiceClocks {

    private final ClockProperties properties;
    private final WorkingDays workingDays;

    public ServiceClocks(ClockProperties properties, BankHolidays bankHolidays) {
        this.properties = properties;
        this.workingDays = new WorkingDays(bankHolidays.dates(), LondonTime.ZONE);
    }

    /** Exactly first-contact (24 hours) of elapsed time, so across a clock change the London time moves an hour. */
    public Instant firstContactDue(Instant received) {
        return received.plus(properties.firstContact());
    }

    /** Exactly crime-decision (24 hours) of elapsed time, so across a clock change the London time moves an hour. */
    public Instant crimeDecisionDue(Instant received) {
        return received.plus(properties.crimeDecision());
    }

    /** The grading's target as elapsed time from when the contact was graded. */
    public Instant gradingDue(Grading grading, Instant gradedAt) {
        return gradedAt.plus(properties.gradingTarget(grading));
    }

    /**
     * The same London wall-clock time victim-update-every later: whole days of it are calendar days (28 days
     * from 10:00 is 10:00, whatever the clocks did); any part of a day left over is elapsed time.
     */
    public Instant victimUpdateDue(Instant lastUpdate) {
        Duration every = properties.victimUpdateEvery();
        Period days = Period.ofDays((int) every.toDays());
        return lastUpdate.atZone(LondonTime.ZONE).plus(days).toInstant().plus(every.minusDays(every.toDays()));
    }

    /**
     * When the reporter is next owed an update after {@code lastUpdate}: the sooner of victim-update-every and what
     * they agreed with the officer ({@code agreed}, calendar days in London; null or no period: victim-update-every).
     */
    public Instant victimUpdateDue(Instant lastUpdate, UpdateFrequency agreed) {
        Instant code = victimUpdateDue(lastUpdate);
        if (agreed == null || agreed.every().isEmpty()) {
            return code;
        }
        Instant asAgreed = lastUpdate.atZone(LondonTime.ZONE).plus(agreed.every().get()).toInstant();
        return asAgreed.isBefore(code) ? asAgreed : code;
    }

    /** Key-decision-working-days working days after the decision; see {@link WorkingDays#plusWorkingDays}. */
    public Instant keyDecisionUpdateDue(Instant decidedAt) {
        return workingDays.plusWorkingDays(decidedAt, properties.keyDecisionWorkingDays());
    }

    /**
     * Where a deadline stands at {@code now}: overdue only after it, due soon from due-soon before it up to and
     * including the deadline itself.
     */
    public DueState state(Instant due, Instant now) {
        Objects.requireNonNull(now, "now");
        if (due == null) {
            return DueState.NONE;
        }
        if (now.isAfter(due)) {
            return DueState.OVERDUE;
        }
        if (!now.isBefore(due.minus(properties.dueSoon()))) {
            return DueState.DUE_SOON;
        }
        return DueState.ON_TIME;
    }

    public Duration dueSoon() {
        return properties.dueSoon();
    }

    public WorkingDays workingDays() {
        return workingDays;
    }
}
