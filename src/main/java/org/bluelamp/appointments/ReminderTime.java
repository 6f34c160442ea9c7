package org.bluelamp.appointments;

import org.bluelamp.platform.LondonTime;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/**
 * When a visit's reminder is sent: 6pm UK time the day before, late enough to be "tomorrow" and early enough to be
 * read that evening. A visit booked after that time has no reminder: its confirmation has only just been sent.
 */
final class ReminderTime {

    static final LocalTime AT = LocalTime.of(18, 0);

    private ReminderTime() {
    }

    static Optional<Instant> forVisitAt(Instant startsAt, Instant now) {
        var dayBefore = startsAt.atZone(LondonTime.ZONE).toLocalDate().minusDays(1);
        var due = dayBefore.atTime(AT).atZone(LondonTime.ZONE).toInstant();
        return due.isAfter(now) ? Optional.of(due) : Optional.empty();
    }
}
