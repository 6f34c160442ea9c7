package org.bluelamp.contact.clocks;

import org.bluelamp.contact.Grading;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockPropertiesTest {

    private static ClockProperties defaults() {
        return new ClockProperties(null, null, null, null, null, null);
    }

    @Test
    void applicationYmlSaysWhatTheDefaultsSay() {
        var configured = ConfiguredClocks.properties();
        var defaults = defaults();

        assertThat(configured.firstContact()).isEqualTo(defaults.firstContact()).isEqualTo(Duration.ofHours(24));
        assertThat(configured.crimeDecision()).isEqualTo(defaults.crimeDecision()).isEqualTo(Duration.ofHours(24));
        assertThat(configured.grading()).isEqualTo(defaults.grading());
        assertThat(configured.victimUpdateEvery()).isEqualTo(defaults.victimUpdateEvery()).isEqualTo(Duration.ofDays(28));
        assertThat(configured.keyDecisionWorkingDays()).isEqualTo(defaults.keyDecisionWorkingDays()).isEqualTo(5);
        assertThat(configured.dueSoon()).isEqualTo(defaults.dueSoon()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aGradingLeftOutKeepsItsDefault() {
        var properties = new ClockProperties(null, null, Map.of("priority", Duration.ofMinutes(90)), null, null, null);

        assertThat(properties.gradingTarget(Grading.PRIORITY)).isEqualTo(Duration.ofMinutes(90));
        assertThat(properties.gradingTarget(Grading.EMERGENCY)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anUnknownGradingIsRefusedByName() {
        assertThatThrownBy(() -> new ClockProperties(null, null, Map.of("urgent", Duration.ofHours(1)), null, null, null))
                .hasMessageContaining("urgent").hasMessageContaining("resolution-without-deployment");
    }

    @Test
    void aTargetThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new ClockProperties(Duration.ZERO, null, null, null, null, null))
                .hasMessageContaining("first-contact");
        assertThatThrownBy(() -> new ClockProperties(null, null, null, null, 0, null))
                .hasMessageContaining("key-decision-working-days");
    }
}
