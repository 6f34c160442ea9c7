package org.bluelamp.reporting.journey;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param draftLifetime how long an unfinished report is kept after the last answer
 */
@ConfigurationProperties("bluelamp.reporting")
record ReportingProperties(Duration draftLifetime) {

    ReportingProperties {
        if (draftLifetime == null) {
            draftLifetime = Duration.ofDays(7);
        }
        if (draftLifetime.isNegative() || draftLifetime.isZero()) {
            throw new IllegalArgumentException("bluelamp.reporting.draft-lifetime must be positive, e.g. P7D");
        }
    }
}
