package org.bluelamp.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import org.bluelamp.platform.language.Language;

import java.net.URI;
import java.util.Map;

/**
 * The force that runs this Bluelamp: its name and the numbers and hours the public are told.
 *
 * @param name            the force's name, shown in the header and page titles
 * @param referencePrefix two or three letters that start every reference number
 * @param nonEmergencyPhone the non-emergency number, e.g. 101
 * @param openingHours    when the non-emergency line is answered, in words
 * @param leaveSiteUrl    the neutral site "Leave this site" goes to
 * @param dataProtectionOfficer how the public reach the force's data protection officer, named in the privacy notice
 * @param languages       the name and opening hours in each other language the public side offers, by code
 *                        ({@code cy: {name: Heddlu Gogledd Cymru, opening-hours: bob dydd, unrhyw bryd}})
 */
@ConfigurationProperties("bluelamp.force")
public record ForceProperties(String name, String referencePrefix, String nonEmergencyPhone,
                              String openingHours, URI leaveSiteUrl,
                              DataProtectionOfficer dataProtectionOfficer, Map<String, InLanguage> languages) {

    /** A force configured without words in other languages. */
    public ForceProperties(String name, String referencePrefix, String nonEmergencyPhone, String openingHours,
                           URI leaveSiteUrl, DataProtectionOfficer dataProtectionOfficer) {
        this(name, referencePrefix, nonEmergencyPhone, openingHours, leaveSiteUrl, dataProtectionOfficer, Map.of());
    }

    @ConstructorBinding
    public ForceProperties {
        languages = languages == null ? Map.of() : Map.copyOf(languages);
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
     * The force as a page in this language names it: its own name and opening hours where it has them, else the
     * base ones.
     */
    public ForceProperties in(Language language) {
        var words = languages.get(language.code());
        if (language.isBase() || words == null) {
            return this;
        }
        return new ForceProperties(words.name() == null || words.name().isBlank() ? name : words.name(),
                referencePrefix, nonEmergencyPhone, words.openingHours(), leaveSiteUrl, dataProtectionOfficer,
                languages);
    }

    /** Whether this force has its words in the language: start-up refuses to offer a language it lacks them in. */
    public boolean hasWordsIn(Language language) {
        var words = languages.get(language.code());
        return language.isBase() || (words != null && words.openingHours() != null && !words.openingHours().isBlank());
    }

    /**
     * The force's words in another language.
     *
     * @param name         its name in that language; the base name when it has none
     * @param openingHours when the non-emergency line is answered, in words of that language
     */
    public record InLanguage(String name, String openingHours) {
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
