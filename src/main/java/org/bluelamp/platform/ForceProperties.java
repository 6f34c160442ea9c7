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
 * @param leaveSiteUrl    the neutral site "Leave this site" goes to
 * @param dataProtectionOfficer how the public reach the force's data protection officer, named in the privacy notice
 */
@ConfigurationProperties("bluelamp.force")
public record ForceProperties(String name, String referencePrefix, String nonEmergencyPhone,
                              String openingHours, URI leaveSiteUrl,
                              DataProtectionOfficer dataProtectionOfficer) {

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
        if (dataProtectionOfficer == null || dataProtectionOfficer.email() == null
                || !dataProtectionOfficer.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("bluelamp.force.data-protection-officer.email must be an email address");
        }
    }

    /**
     * The data protection officer, as the privacy notice gives them.
     *
     * @param email   their email address
     * @param address their postal address, in one line; may be empty
     */
    public record DataProtectionOfficer(String email, String address) {

        public DataProtectionOfficer {
            address = address == null ? "" : address.strip();
        }
    }
}
