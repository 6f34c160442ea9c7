package org.bluelamp.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * The force's lists staff choose from: incident categories in their national groups, crime classifications, the
 * organisations a contact may be referred to, and the teams it may be allocated to. See application.yml.
 */
@ConfigurationProperties("bluelamp.contact.choices")
public record ContactChoices(Map<String, List<String>> incidentCategories, List<Classification> crimeClassifications,
                             List<String> referralOrganisations, List<String> teams) {

    public ContactChoices {
        incidentCategories = incidentCategories == null ? Map.of() : incidentCategories;
        crimeClassifications = crimeClassifications == null ? List.of() : List.copyOf(crimeClassifications);
        referralOrganisations = referralOrganisations == null ? List.of() : List.copyOf(referralOrganisations);
        teams = teams == null ? List.of() : List.copyOf(teams);
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

    public java.util.Optional<Classification> classification(String code) {
        return crimeClassifications.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
