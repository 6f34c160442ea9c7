package org.bluelamp.privacy.request;

import org.bluelamp.contact.clocks.WorkingDays;
import org.bluelamp.platform.LondonTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DueDateTest {

    private final DueDate rule = new DueDate(new WorkingDays(List.of(
            LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28), LocalDate.of(2028, 1, 3),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), LondonTime.ZONE));

    @Test
    void theSameDayOfTheNextMonth() {
        assertThat(rule.from(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void theLastDayOfAShorterMonth() {
        assertThat(rule.from(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 3, 1)); // 28 Feb 2027 is a Sunday
        assertThat(rule.from(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(rule.from(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void leapYearsHaveA29thOfFebruary() {
        assertThat(rule.from(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rule.from(LocalDate.of(2028, 1, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rule.from(LocalDate.of(2028, 1, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rule.from(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 3, 29));
    }

    @Test
    void theYearTurnsFromDecemberToJanuary() {
        assertThat(rule.from(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 15));
        // 3 January 2028 is a bank holiday (New Year's Day falls on a Saturday)
        assertThat(rule.from(LocalDate.of(2027, 12, 3))).isEqualTo(LocalDate.of(2028, 1, 4));
    }

    @Test
    void aWeekendMovesToTheMonday() {
        assertThat(rule.from(LocalDate.of(2026, 4, 11))).isEqualTo(LocalDate.of(2026, 5, 11)); // a Monday already
        assertThat(rule.from(LocalDate.of(2026, 4, 18))).isEqualTo(LocalDate.of(2026, 5, 18)); // 18 May is a Monday
        assertThat(rule.from(LocalDate.of(2026, 4, 16))).isEqualTo(LocalDate.of(2026, 5, 18)); // 16 May is a Saturday
    }

    @Test
    void aBankHolidayMovesToTheNextWorkingDay() {
        assertThat(rule.from(LocalDate.of(2026, 4, 25))).isEqualTo(LocalDate.of(2026, 5, 26)); // Whit Monday
        // Christmas Day 2026 is a Friday, then a weekend, then the Boxing Day substitute on Monday 28th
        assertThat(rule.from(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(rule.from(LocalDate.of(2027, 11, 27))).isEqualTo(LocalDate.of(2027, 12, 29));
    }
}
