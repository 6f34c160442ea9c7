package org.bluelamp.contact;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Welsh page names the team in Welsh; a force offering Welsh cannot start with a team that has no Welsh name. */
class TeamNamesTest {

    private static ContactChoices choices(ContactChoices.Team... teams) {
        return new ContactChoices(Map.of(), List.of(), List.of(), List.of(teams), null);
    }

    @Test
    void aWelshReaderSeesTheWelshNameAndStaffAndEnglishReadersTheName() {
        var choices = choices(new ContactChoices.Team("roads-policing", "Roads Policing", "Plismona Ffyrdd"));

        assertThat(choices.teamName("roads-policing")).isEqualTo("Roads Policing");
        assertThat(choices.teamName("roads-policing", Language.ENGLISH)).isEqualTo("Roads Policing");
        assertThat(choices.teamName("roads-policing", new Language("cy"))).isEqualTo("Plismona Ffyrdd");
        assertThat(choices.teamName("typed-on-an-account", new Language("cy"))).isEqualTo("typed-on-an-account");
    }

    @Test
    void aTeamWithoutAWelshNameStopsTheStartOnlyWhereWelshIsOffered() {
        var choices = choices(new ContactChoices.Team("response", "Response", "Ymateb"),
                new ContactChoices.Team("dogs", "Dog Section", null));

        new TeamNames(choices, Languages.of("en"));
        assertThatThrownBy(() -> new TeamNames(choices, Languages.of("en", "cy")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[dogs]")
                .hasMessageContaining("welsh-name");
    }
}
