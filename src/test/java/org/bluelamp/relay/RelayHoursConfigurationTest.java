package org.bluelamp.relay;

import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The relay's hours come from application.yml: 8am to midnight, as the force's pages say. */
@BluelampTest
class RelayHoursConfigurationTest {

    @Autowired
    RelayHours hours;

    @Test
    void theHoursAreReadFromConfiguration() {
        assertThat(hours.opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(hours.closes()).isEqualTo(LocalTime.MIDNIGHT);
    }
}
