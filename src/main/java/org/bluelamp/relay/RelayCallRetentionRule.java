package org.bluelamp.relay;

import org.bluelamp.platform.personaldata.RetentionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * How long a BSL video relay call (and its recording) never logged as a contact is kept after it ended before it is
 * reviewed (docs/retention.md).
 */
@ConfigurationProperties("bluelamp.privacy.retention")
public record RelayCallRetentionRule(Period relayCalls) {

    static final String RELAY_CALLS = "relay-calls";

    public RelayCallRetentionRule {
        relayCalls = RetentionRule.configured(RELAY_CALLS, relayCalls, Period.ofYears(1)).period();
    }

    RetentionRule rule() {
        return new RetentionRule(RELAY_CALLS, relayCalls);
    }
}
