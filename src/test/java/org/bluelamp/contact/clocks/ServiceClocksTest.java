package org.bluelamp.contact.clocks;

import org.bluelamp.contact.Grading;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceClocksTest {

    private final ServiceClocks clocks = new ServiceClocks(ConfiguredClocks.properties(), ConfiguredClocks.bankHolidays());

    @Test
    void firstContactIsTwentyFourRealHoursEvenWhenTheClocksGoForward() {
        // Saturday 28 March 2026 12:00 GMT → Sunday 29 March 13:00 BST: 24 hours elapsed, an hour later on the clock
        assertThat(clocks.firstContactDue(Instant.parse("2026-03-28T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-29T12:00:00Z"));
    }

    @Test
    void firstContactIsTwentyFourRealHoursEvenWhenTheClocksGoBack() {
        // Saturday 24 October 2026 13:00 BST → Sunday 25 October 12:00 GMT
        assertThat(clocks.firstContactDue(Instant.parse("2026-10-24T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-10-25T12:00:00Z"));
    }

    @Test
    void crimeDecisionIsTwentyFourRealHours() {
        assertThat(clocks.crimeDecisionDue(Instant.parse("2026-10-24T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-10-25T12:00:00Z"));
    }

    @Test
    void eachGradingHasItsConfiguredTarget() {
        var gradedAt = Instant.parse("2026-11-25T10:00:00Z");

        assertThat(clocks.gradingDue(Grading.EMERGENCY, gradedAt)).isEqualTo(Instant.parse("2026-11-25T10:15:00Z"));
        assertThat(clocks.gradingDue(Grading.PRIORITY, gradedAt)).isEqualTo(Instant.parse("2026-11-25T11:00:00Z"));
        assertThat(clocks.gradingDue(Grading.SCHEDULED, gradedAt)).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(clocks.gradingDue(Grading.RESOLUTION_WITHOUT_DEPLOYMENT, gradedAt))
                .isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void victimUpdateKeepsTheLondonTimeAcrossTheClocksGoingForward() {
        // 10 March 2026 10:00 GMT → 7 April 10:00 BST
        assertThat(clocks.victimUpdateDue(Instant.parse("2026-03-10T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-04-07T09:00:00Z"));
    }

    @Test
    void victimUpdateKeepsTheLondonTimeAcrossTheClocksGoingBack() {
        // 10 October 2026 10:00 BST → 7 November 10:00 GMT
        assertThat(clocks.victimUpdateDue(Instant.parse("2026-10-10T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-07T10:00:00Z"));
    }

    @Test
    void keyDecisionUpdateIsFiveWorkingDaysLater() {
        assertThat(clocks.keyDecisionUpdateDue(Instant.parse("2026-04-02T08:00:00Z")))
                .isEqualTo(Instant.parse("2026-04-13T08:00:00Z"));
    }

    @Test
    void noDeadlineHasNoState() {
        assertThat(clocks.state(null, Instant.parse("2026-11-25T10:00:00Z"))).isEqualTo(DueState.NONE);
    }

    @Test
    void dueStateAtItsBoundaries() {
        var due = Instant.parse("2026-11-25T12:00:00Z");
        var second = Duration.ofSeconds(1);

        assertThat(clocks.dueSoon()).isEqualTo(Duration.ofHours(2));
        assertThat(clocks.state(due, due.minus(Duration.ofHours(2)).minus(second))).isEqualTo(DueState.ON_TIME);
        assertThat(clocks.state(due, due.minus(Duration.ofHours(2)))).isEqualTo(DueState.DUE_SOON);
        assertThat(clocks.state(due, due.minus(second))).isEqualTo(DueState.DUE_SOON);
        assertThat(clocks.state(due, due)).isEqualTo(DueState.DUE_SOON);
        assertThat(clocks.state(due, due.plus(second))).isEqualTo(DueState.OVERDUE);
    }
}
