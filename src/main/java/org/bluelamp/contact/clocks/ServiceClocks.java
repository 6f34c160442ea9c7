package org.bluelamp.contact.clocks;

import org.bluelamp.contact.Grading;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Placeholder until the clock rules land. */
@Component
public class ServiceClocks {
    public Instant firstContactDue(Instant received) { return received.plus(Duration.ofHours(24)); }
    public Instant crimeDecisionDue(Instant received) { return received.plus(Duration.ofHours(24)); }
    public Instant gradingDue(Grading grading, Instant gradedAt) { return gradedAt.plus(Duration.ofHours(1)); }
    public Instant victimUpdateDue(Instant lastUpdate) { return lastUpdate.plus(28, ChronoUnit.DAYS); }
    public Instant keyDecisionUpdateDue(Instant decidedAt) { return decidedAt.plus(7, ChronoUnit.DAYS); }
    public Duration dueSoon() { return Duration.ofHours(2); }
    public DueState state(Instant due, Instant now) {
        if (due == null) return DueState.NONE;
        if (now.isAfter(due)) return DueState.OVERDUE;
        return now.plus(dueSoon()).isBefore(due) ? DueState.ON_TIME : DueState.DUE_SOON;
    }
}
