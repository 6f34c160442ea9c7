package org.bluelamp.contact.clocks;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private final WorkingDays workingDays =
            new WorkingDays(ConfiguredClocks.bankHolidays().dates(), ZoneId.of("Europe/London"));

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAndBankHolidaysAreNot() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 25))).isTrue(); // Wednesday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse(); // Good Friday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse(); // Boxing Day's substitute
    }

    @Test
    void fiveWorkingDaysFromAFridayIsTheNextFridayAtTheSameTime() {
        assertThat(workingDays.plusWorkingDays(Instant.parse("2026-11-20T10:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void theWeekendInTheMiddleIsSkipped() {
        // Wednesday → Thursday, Friday, Monday, Tuesday, Wednesday
        assertThat(workingDays.plusWorkingDays(Instant.parse("2026-11-25T14:30:00Z"), 5))
                .isEqualTo(Instant.parse("2026-12-02T14:30:00Z"));
    }

    @Test
    void goodFridayAndEasterMondaySkipped() {
        // Thursday 2 April 2026 09:00 BST → 7, 8, 9, 10, 13 April
        assertThat(workingDays.plusWorkingDays(Instant.parse("2026-04-02T08:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-04-13T08:00:00Z"));
    }

    @Test
    void christmasBoxingDaySubstituteAndNewYearSkipped() {
        // Thursday 24 December 2026 15:00 → 29, 30, 31 December, (1 January is a holiday), 4, 5 January
        assertThat(workingDays.plusWorkingDays(Instant.parse("2026-12-24T15:00:00Z"), 5))
                .isEqualTo(Instant.parse("2027-01-05T15:00:00Z"));
    }

    @Test
    void aSaturdayDecisionCountsFromTheStartOfMonday() {
        // Saturday 21 November → as if 00:00 Monday 23 → 24, 25, 26, 27, 30 November at 00:00
        assertThat(workingDays.plusWorkingDays(Instant.parse("2026-11-21T11:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    void aBankHolidayDecisionCountsFromTheStartOfTheNextWorkingDay() {
        // Easter Monday 6 April 2026 16:00 BST → as if 00:00 Tuesday 7 → 8, 9, 10, 13, 14 April at 00:00 BST
        assertThat(workingDays.plusWorkingDays(Instant.parse("2026-04-06T15:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-04-13T23:00:00Z"));
    }

    @Test
    void theLondonWallClockTimeIsKeptAcrossTheClocksGoingForward() {
        // Thursday 26 March 2026 10:00 GMT → Thursday 2 April 10:00 BST, which is 09:00 UTC
        assertThat(workingDays.plusWorkingDays(Instant.parse("2026-03-26T10:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));
    }

    @Test
    void theLondonDateDecidesTheDayNotTheUtcDate() {
        // 23:30 UTC on Friday 26 June 2026 is 00:30 BST on Saturday: counted from the start of Monday 29 June
        assertThat(workingDays.plusWorkingDays(Instant.parse("2026-06-26T23:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-06-29T23:00:00Z"));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> workingDays.plusWorkingDays(Instant.parse("2026-11-25T10:00:00Z"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
