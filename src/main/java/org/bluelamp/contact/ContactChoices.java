package org.bluelamp.contact;

import org.bluelamp.platform.language.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The force's lists staff choose from: incident categories in their national groups, crime classifications, the
 * organisations a contact may be referred to, and the teams it may be allocated to. See application.yml.
 *
 * @param usualUpdates how often a reporter is told they will be updated until the officer records what they agreed
 */
@ConfigurationProperties("bluelamp.contact.choices")
public record ContactChoices(Map<String, List<String>> incidentCategories, List<Classification> crimeClassifications,
                             List<String> referralOrganisations, List<Team> teams,
                             UpdateFrequency usualUpdates) {

    public ContactChoices {
        incidentCategories = incidentCategories == null ? Map.of() : incidentCategories;
        crimeClassifications = crimeClassifications == null ? List.of() : List.copyOf(crimeClassifications);
        referralOrganisations = referralOrganisations == null ? List.of() : List.copyOf(referralOrganisations);
        teams = teams == null ? List.of() : List.copyOf(teams);
        usualUpdates = usualUpdates == null ? UpdateFrequency.EVERY_4_WEEKS : usualUpdates;
    }

    /**
     * A team a contact may be allocated to: its code, as stored, its name, as staff read it and the public read it in
     * English, and its Welsh name for the public's Welsh pages (needed when Welsh is offered: {@link TeamNames}).
     */
    public record Team(String code, String name, String welshName) {

        /** The name a reader of this language sees: the Welsh name on Welsh pages where there is one. */
        public String name(Language language) {
            return "cy".equals(language.code()) && welshName != null && !welshName.isBlank() ? welshName : name;
        }
    }

    /** The teams' codes, which an allocation may name. */
    public List<String> teamCodes() {
        return teams.stream().map(Team::code).toList();
    }

    /** A team's name from configuration; a code not configured (a team typed on a staff account) as it is. */
    public String teamName(String code) {
        return teamName(code, Language.ENGLISH);
    }

    /** A team's name as a reader of this language sees it on the public pages. */
    public String teamName(String code, Language language) {
        return teams.stream().filter(t -> t.code().equals(code)).map(t -> t.name(language)).findFirst().orElse(code);
    }

    /** A Home Office classification, e.g. 8N "Assault with injury". */
    public record Classification(String code, String name) {

        public String label() {
            return code + " " + name;
        }
    }

    public boolean isCategory(String category) {
        return incidentCategories.values().stream().anyMatch(list -> list.contains(category));
    }

    public Optional<Classification> classification(String code) {
        return crimeClassifications.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
