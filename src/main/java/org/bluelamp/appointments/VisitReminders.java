package org.bluelamp.appointments;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Hands out reminders of tomorrow's visits when they are due (6pm UK time the day before, {@link ReminderTime}).
 * Why a job and not a message held in the outbox until then: a reminder is only made for the time a visit is booked
 * at when it is due, so a visit cancelled or moved before then never has a reminder of the old time waiting. Each
 * visit is marked as reminded in the transaction that publishes {@link VisitReminderDue}, so it is published once
 * per booked time, whichever instance runs the job and however often.
 */
@Component
class VisitReminders {

    private static final Duration EVERY = Duration.ofMinutes(5);

    private final Visits visits;
    private final Visitors visitors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JobLeases leases;
    private final Clock clock;

    VisitReminders(Visits visits, Visitors visitors, ApplicationEventPublisher events, TransactionTemplate transaction,
                   JobLeases leases, Clock clock) {
        this.visits = visits;
        this.visitors = visitors;
        this.events = events;
        this.transaction = transaction;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void run() {
        leases.runOnce("appointments.visit-reminders", EVERY, EVERY.plusMinutes(10), () -> queueDue(clock.instant()));
    }

    /**
     * Publishes a reminder for every booked visit whose reminder is due at {@code now} and not yet handed out; a visit
     * that has already begun (the job was stopped for a day, say) is marked but not reminded.
     *
     * @return how many reminders were published
     */
    int queueDue(Instant now) {
        Integer published = transaction.execute(status -> {
            int count = 0;
            var due = visits.takeDueReminders(now);
            var names = due.isEmpty() ? Map.<String, String>of() : visitors.names();
            for (Visit visit : due) {
                if (visit.reportId() != null && visit.confirmBy() != null && visit.slot().startsAt().isAfter(now)) {
                    events.publishEvent(new VisitReminderDue(visit.id(), visit.reportId(), visit.contactReference(),
                            visit.slot().startsAt(), Visitors.asVisitor(names.getOrDefault(visit.slot().officer(), visit.slot().officer())), visit.confirmBy()));
                    count++;
                }
            }
            return count;
        });
        return published == null ? 0 : published;
    }
}
