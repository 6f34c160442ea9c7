package org.bluelamp.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class LondonTimeTest {

    @ParameterizedTest
    @CsvSource({"08:00, 8am", "17:30, 5:30pm", "12:00, midday", "00:00, midnight", "21:00, 9pm", "00:15, 12:15am"})
    void timesOfDayAreWrittenAsPeopleReadThem(LocalTime time, String written) {
        assertThat(LondonTime.timeOfDay(time)).isEqualTo(written);
    }
}
