package org.bluelamp.notify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final RetrySchedule schedule = RetrySchedule.of(new NotifyProperties.Retry(null, null, null),
            RandomGenerator.getDefault());

    @Test
    void waitsDoubleFromThirtySecondsUpToThirtyMinutesLessAtMostATenth() {
        long[] full = {30, 60, 120, 240, 480, 960, 1800, 1800, 1800};
        for (int attempt = 1; attempt <= full.length; attempt++) {
            var wait = schedule.waitAfter(attempt, null);
            assertThat(wait).as("after attempt %d", attempt)
                    .isLessThanOrEqualTo(Duration.ofSeconds(full[attempt - 1]))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(full[attempt - 1]).multipliedBy(9).dividedBy(10));
        }
        assertThat(schedule.waitAfter(1000, null)).isLessThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aProviderAskingForLongerIsHeardButNeverShorter() {
        assertThat(schedule.waitAfter(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.waitAfter(5, Duration.ofSeconds(1))).isGreaterThan(Duration.ofMinutes(7));
    }

    @Test
    void aMessageIsGivenUpSeventyTwoHoursAfterItWasDue() {
        var due = Instant.parse("2026-03-02T09:00:00Z");
        assertThat(schedule.givenUp(due, due.plus(Duration.ofHours(72)).minusSeconds(1))).isFalse();
        assertThat(schedule.givenUp(due, due.plus(Duration.ofHours(72)))).isTrue();
    }
}
