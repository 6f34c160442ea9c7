package org.bluelamp.contact;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.springframework.stereotype.Component;

/**
 * A force that offers Welsh shows the public its teams' Welsh names ("who is dealing with your report"), so a team
 * without one stops the start, naming it, as a missing message does.
 */
@Component
class TeamNames {

    TeamNames(ContactChoices choices, Languages languages) {
        if (languages.offered().contains(new Language("cy"))) {
            var missing = choices.teams().stream().filter(t -> t.welshName() == null || t.welshName().isBlank())
                    .map(ContactChoices.Team::code).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("bluelamp.contact.choices.teams " + missing
                        + " need a welsh-name: the public read the team's name on Welsh pages");
            }
        }
    }
}
