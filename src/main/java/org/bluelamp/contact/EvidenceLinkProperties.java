package org.bluelamp.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a "send us your evidence" link works if it is not used first. With "Check your report"'s settings, as the
 * public meet it there.
 *
 * @param evidenceLinkValidFor from sending; 14 days by default
 */
@ConfigurationProperties("bluelamp.tracking")
record EvidenceLinkProperties(Duration evidenceLinkValidFor) {

    EvidenceLinkProperties {
        evidenceLinkValidFor = evidenceLinkValidFor == null ? Duration.ofDays(14) : evidenceLinkValidFor;
        if (evidenceLinkValidFor.isNegative() || evidenceLinkValidFor.isZero()) {
            throw new IllegalArgumentException("bluelamp.tracking.evidence-link-valid-for must be positive");
        }
    }
}
