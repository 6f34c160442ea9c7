package org.bluelamp.appointments;

import org.bluelamp.platform.LondonTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderTimeTest {

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LondonTime.ZONE).toInstant();
    }

    @Test
    void theReminderIsDueAt6pmUkTimeTheDayBeforeInSummerAndWinter() {
        assertThat(ReminderTime.forVisitAt(london("2026-07-15T10:00"), london("2026-07-01T09:00")))
                .contains(Instant.parse("2026-07-14T17:00:00Z"));
        assertThat(ReminderTime.forVisitAt(london("2026-12-15T10:00"), london("2026-12-01T09:00")))
                .contains(Instant.parse("2026-12-14T18:00:00Z"));
    }

    @Test
    void aVisitOnTheMondayAfterTheClocksGoBackIsRemindedAt6pmOnSundayInGmt() {
        assertThat(ReminderTime.forVisitAt(london("2026-10-26T09:30"), london("2026-10-20T09:00")))
                .contains(Instant.parse("2026-10-25T18:00:00Z"));
    }

    @Test
    void aVisitBookedAfterItsReminderTimeHasNoReminder() {
        assertThat(ReminderTime.forVisitAt(london("2026-07-15T10:00"), london("2026-07-14T18:30"))).isEmpty();
        assertThat(ReminderTime.forVisitAt(london("2026-07-15T10:00"), london("2026-07-14T17:59"))).isPresent();
    }
}
