package org.bluelamp.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * The force that runs this Bluelamp: its name and the numbers and hours the public are told.
 *
 * @param name            the force's name, shown in the header and page titles
 * @param referencePrefix two or three letters that start every reference number
 * @param nonEmergencyPhone the non-emergency number, e.g. 101
 * @param openingHours    when the non-emergency line is answered, in words
 * @param bslHours        when the BSL video relay is open, in words
 * @param leaveSiteUrl    the neutral site "Leave this site" goes to
 */
@ConfigurationProperties("bluelamp.force")
public record ForceProperties(String name, String referencePrefix, String nonEmergencyPhone,
                              String openingHours, String bslHours, URI leaveSiteUrl) {

    public ForceProperties {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("bluelamp.force.name must be set");
        }
        if (referencePrefix == null || !referencePrefix.matches("[A-Z]{2,3}")) {
            throw new IllegalArgumentException("bluelamp.force.reference-prefix must be two or three capital letters");
        }
        if (leaveSiteUrl == null || !leaveSiteUrl.isAbsolute()) {
            throw new IllegalArgumentException("bluelamp.force.leave-site-url must be an absolute URL");
        }
    }
}
