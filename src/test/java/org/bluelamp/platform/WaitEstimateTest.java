package org.bluelamp.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's estimated wait: never "0 minutes", short with a free interpreter, longer further back. */
class WaitEstimateTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void aFreeInterpreterMeansAboutAMinute() {
        assertThat(WaitEstimate.of(1, 2, 1, TEN_MINUTES).minutes()).isEqualTo(1);
        assertThat(WaitEstimate.of(2, 3, 1, TEN_MINUTES).minutes()).isEqualTo(1);
    }

    @Test
    void callsAheadAreSharedBetweenTheInterpretersOnDuty() {
        // One interpreter, busy: the call in progress is on average half done.
        assertThat(WaitEstimate.of(1, 1, 1, TEN_MINUTES).minutes()).isEqualTo(5);
        assertThat(WaitEstimate.of(3, 1, 1, TEN_MINUTES).minutes()).isEqualTo(25);
        assertThat(WaitEstimate.of(3, 2, 2, TEN_MINUTES).minutes()).isEqualTo(10);
    }

    @Test
    void withNobodyOnDutyTheEstimateAssumesOneInterpreterRatherThanNone() {
        assertThat(WaitEstimate.of(1, 0, 0, TEN_MINUTES).minutes()).isEqualTo(1);
        assertThat(WaitEstimate.of(2, 0, 0, TEN_MINUTES).minutes()).isEqualTo(5);
        assertThat(WaitEstimate.of(3, 0, 0, TEN_MINUTES).minutes()).isEqualTo(15);
    }
}
