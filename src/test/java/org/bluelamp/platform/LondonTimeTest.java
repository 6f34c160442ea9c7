package org.bluelamp.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class LondonTimeTest {

    @ParameterizedTest
    @CsvSource({"08:00, 8am", "17:30, 5:30pm", "12:00, midday", "00:00, midnight", "21:00, 9pm", "00:15, 12:15am"})
    void timesOfDayAreWrittenAsPeopleReadThem(LocalTime time, String written) {
        assertThat(LondonTime.timeOfDay(time)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"2026-05-03T23:00:00Z, 4 May 2026 at midnight", "2026-05-03T11:00:00Z, 3 May 2026 at midday",
            "2026-05-03T13:05:00Z, 3 May 2026 at 2:05pm", "2026-12-03T00:30:00Z, 3 December 2026 at 12:30am"})
    void deadlinesAtMidnightAndMiddaySayMidnightAndMidday(Instant at, String written) {
        assertThat(LondonTime.dateAndTime(at)).isEqualTo(written);
    }
}
