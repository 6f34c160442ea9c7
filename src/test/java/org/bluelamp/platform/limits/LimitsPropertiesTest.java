package org.bluelamp.platform.limits;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsPropertiesTest {

    @Test
    void anActionNotConfiguredKeepsItsDefaults() {
        var properties = bind(Map.of("bluelamp.limits.actions.save-for-later.per-recipient", "7",
                "bluelamp.limits.actions.save-for-later.per-client", "9",
                "bluelamp.limits.actions.save-for-later.per-recipient-daily", "11"));
        assertThat(properties.of(LimitedAction.SAVE_FOR_LATER)).isEqualTo(new Limit(9, 7, 11));
        assertThat(properties.of(LimitedAction.RELAY_CALL)).isEqualTo(LimitedAction.RELAY_CALL.defaults());
        assertThat(properties.window()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLimitThatAllowsNothingOrAWindowThatDoesNotDivideADayIsRefusedAtStart() {
        assertThatThrownBy(() -> new Limit(0, 1, 1)).hasMessageContaining("per-client 0");
        assertThatThrownBy(() -> new LimitsProperties(Duration.ofMinutes(7), Map.of()))
                .hasMessageContaining("divide a day");
    }

    @Test
    void oneRecipientIsOneRecipientHoweverItWasTyped() {
        assertThat(Recipient.of(org.bluelamp.platform.contactpoint.EmailAddress.parse("Alex@Example.COM").orElseThrow()))
                .isEqualTo(Recipient.of(org.bluelamp.platform.contactpoint.EmailAddress.parse("alex@example.com").orElseThrow()));
        assertThat(Recipient.of(org.bluelamp.platform.contactpoint.UkPhoneNumber.parse("07700 900982").orElseThrow()))
                .isEqualTo(Recipient.of(org.bluelamp.platform.contactpoint.UkPhoneNumber.parse("+44 7700 900982").orElseThrow()));
        assertThat(Recipient.reference("lp-7k3-m9q-txc")).isEqualTo(Recipient.reference("LP 7K3 M9Q TXC"));
        assertThat(Recipient.reference("LP-7K3-M9Q-TXC").toString()).doesNotContain("7K3");
    }

    private static LimitsProperties bind(Map<String, Object> properties) {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", properties));
        ConfigurationPropertySources.attach(env);
        return Binder.get(env).bindOrCreate("bluelamp.limits", LimitsProperties.class);
    }
}
