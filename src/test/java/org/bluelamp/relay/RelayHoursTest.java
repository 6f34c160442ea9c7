package org.bluelamp.relay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The relay is open 08:00 to midnight every day in UK time, whatever the clocks do. */
class RelayHoursTest {

    private final RelayHours hours = new RelayHours(LocalTime.of(8, 0), LocalTime.MIDNIGHT);

    @ParameterizedTest(name = "{0} UTC: open {1}")
    @CsvSource({
            // winter: UK time is UTC
            "2026-01-15T07:59:00Z, false", "2026-01-15T08:00:00Z, true", "2026-01-15T23:59:00Z, true",
            "2026-01-16T00:00:00Z, false",
            // summer: UK time is UTC+1, so 8am is 07:00 UTC and midnight 23:00 UTC
            "2026-07-01T06:59:00Z, false", "2026-07-01T07:00:00Z, true", "2026-07-01T22:59:00Z, true",
            "2026-07-01T23:00:00Z, false",
            // the clocks go forward at 01:00 UTC on 29 March 2026: 8am that day is 07:00 UTC
            "2026-03-29T06:59:00Z, false", "2026-03-29T07:00:00Z, true",
            // the clocks go back at 01:00 UTC on 25 October 2026: 8am that day is 08:00 UTC again
            "2026-10-25T07:59:00Z, false", "2026-10-25T08:00:00Z, true", "2026-10-25T23:59:00Z, true",
            "2026-10-26T00:00:00Z, false"})
    void openFromEightUntilMidnightInUkTime(Instant at, boolean open) {
        assertThat(hours.isOpen(at)).isEqualTo(open);
    }

    @Test
    void whenClosedItSaysWhenItOpensNext() {
        assertThat(hours.nextOpening(Instant.parse("2026-01-16T00:00:00Z"))).isEqualTo("2026-01-16T08:00:00Z");
        assertThat(hours.nextOpening(Instant.parse("2026-01-15T07:59:00Z"))).isEqualTo("2026-01-15T08:00:00Z");
        assertThat(hours.nextOpening(Instant.parse("2026-03-29T00:30:00Z"))).isEqualTo("2026-03-29T07:00:00Z");
        assertThat(hours.nextOpening(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo("2026-07-02T07:00:00Z");
        var open = Instant.parse("2026-01-15T12:00:00Z");
        assertThat(hours.nextOpening(open)).isEqualTo(open);
    }

    @Test
    void hoursWithinOneDayCloseTheSameDay() {
        var daytime = new RelayHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertThat(daytime.isOpen(Instant.parse("2026-01-15T16:59:00Z"))).isTrue();
        assertThat(daytime.isOpen(Instant.parse("2026-01-15T17:00:00Z"))).isFalse();
        assertThat(daytime.isOpen(Instant.parse("2026-01-16T02:00:00Z"))).isFalse();
    }

    @Test
    void hoursThatOpenAndCloseAtOnceAreRefused() {
        assertThatThrownBy(() -> new RelayHours(LocalTime.NOON, LocalTime.NOON)).hasMessageContaining("must differ");
    }
}
