package org.bluelamp.insight;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** bluelamp.insight.public-page.enabled: false takes /performance and its downloads away altogether. */
class PerformanceSettingTest {

    @Test
    void withThePageTurnedOffItAndItsTablesAreNotFound() {
        var controller = new PerformanceController(false, 12, java.time.Duration.ZERO, null, null, Clock.systemUTC());

        assertThatThrownBy(() -> controller.performance(null, null)).isInstanceOfSatisfying(
                ResponseStatusException.class, e -> org.assertj.core.api.Assertions.assertThat(e.getStatusCode())
                        .isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> controller.table("received-by-channel", null)).isInstanceOfSatisfying(
                ResponseStatusException.class, e -> org.assertj.core.api.Assertions.assertThat(e.getStatusCode())
                        .isEqualTo(HttpStatus.NOT_FOUND));
    }
}
