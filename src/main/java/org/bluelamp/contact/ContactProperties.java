package org.bluelamp.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param firstResponse how soon the public are promised a reply after an online report
 */
@ConfigurationProperties("bluelamp.contact")
record ContactProperties(Duration firstResponse) {

    ContactProperties {
        if (firstResponse == null) {
            firstResponse = Duration.ofHours(24);
        }
    }
}
