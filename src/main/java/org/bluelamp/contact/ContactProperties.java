package org.bluelamp.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param firstResponse how soon the public are promised a reply after an online report
 * @param crimeDecision how soon a crime-recording decision must be made on a report that needs one
 */
@ConfigurationProperties("bluelamp.contact")
record ContactProperties(Duration firstResponse, Duration crimeDecision) {

    ContactProperties {
        if (firstResponse == null) {
            firstResponse = Duration.ofHours(24);
        }
        if (crimeDecision == null) {
            crimeDecision = Duration.ofHours(24);
        }
    }
}
