package org.bluelamp.contact.emergency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PossibleEmergencyRulesTest {

    private static final PossibleEmergencyRules RULES = load();

    private static PossibleEmergencyRules load() {
        try {
            return new PossibleEmergencyRules();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of src/test/resources/contact/possible-emergency-cases.tsv: sentence, categories, highlighted pieces. */
    static Stream<Arguments> cases() throws IOException {
        String table = new ClassPathResource("contact/possible-emergency-cases.tsv")
                .getContentAsString(StandardCharsets.UTF_8);
        return table.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(columns -> Arguments.of(columns[0], list(columns[1], ","), list(columns[2], "\\|")));
    }

    private static List<String> list(String column, String separator) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(separator));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void flagsTheSentencesThatSuggestDangerNowAndNoOthers(String sentence, List<String> categories,
                                                           List<String> highlighted) {
        var scan = RULES.scan(sentence);

        assertThat(scan.categories()).as("categories").isEqualTo(categories);
        assertThat(scan.flagged()).isEqualTo(!categories.isEmpty());

        var segments = PossibleEmergencyRules.highlight(sentence, scan.matches());
        assertThat(segments.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(sentence);
        assertThat(segments.stream().filter(Segment::highlighted).map(Segment::text)).as("highlighted")
                .containsExactlyElementsOf(highlighted);
    }

    @Test
    void thereAreEnoughCasesToTrustTheRules() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void termsAreTheMatchedWordsLowerCasedOnce() {
        var scan = RULES.scan("KNIFE! He has a knife and he's outside, right now");

        assertThat(scan.terms()).containsExactly("knife", "he's outside", "right now");
        assertThat(scan.matches()).first().isEqualTo(new Match("weapon", "knife", 0, 5));
    }

    @Test
    void severalTextsAreScannedEachOnItsOwn() {
        var scan = RULES.scan(List.of("He's outside right", "now he has a knife"));

        assertThat(scan.categories()).containsExactly("weapon", "happening-now");
        assertThat(scan.terms()).containsExactly("knife", "he's outside");
    }

    @Test
    void nothingInNothingOut() {
        assertThat(RULES.scan("").flagged()).isFalse();
        assertThat(RULES.scan((String) null).flagged()).isFalse();
        assertThat(PossibleEmergencyRules.highlight("", List.of())).isEmpty();
        assertThat(PossibleEmergencyRules.highlight("quiet", List.of())).containsExactly(new Segment("quiet", false));
    }

    @Test
    void overlappingMatchesAreHighlightedOnce() {
        var text = "I saw a stabbing";
        var segments = PossibleEmergencyRules.highlight(text, List.of(
                new Match("weapon", "stabbing", 8, 16), new Match("injury", "a stabbing", 6, 16)));

        assertThat(segments).containsExactly(new Segment("I saw ", false), new Segment("a stabbing", true));
    }

    @Test
    void everyCategoryHasAPlainEnglishLabel() {
        assertThat(RULES.categories()).containsExactly("weapon", "injury", "happening-now", "threat-to-life",
                "self-harm", "child-at-risk", "domestic-abuse");
        assertThat(RULES.label("weapon")).isEqualTo("Weapon mentioned");
        RULES.categories().forEach(category -> assertThat(RULES.label(category)).isNotBlank());
    }

    @Test
    void aWildcardMatchesAnyEndingButOnlyFromTheStartOfAWord() {
        var rules = PossibleEmergencyRules.fromYaml("""
                categories:
                  test:
                    label: Test
                    phrases: [machete*, self harm]
                """);

        assertThat(rules.scan("two machetes").terms()).containsExactly("machetes");
        assertThat(rules.scan("antimachete").flagged()).isFalse();
        assertThat(rules.scan("talk of self-harm").terms()).containsExactly("self-harm");
    }

    @Test
    void anUnknownKeyStopsTheRulesWithAClearMessage() {
        assertThatThrownBy(() -> PossibleEmergencyRules.fromYaml("""
                categories:
                  weapon:
                    label: Weapon mentioned
                    phrase: [knife]
                """))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("contact/possible-emergency.yaml is not a valid")
                .hasMessageContaining("phrase");
    }

    @Test
    void anEmptyPhraseStopsTheRulesWithAClearMessage() {
        assertThatThrownBy(() -> PossibleEmergencyRules.fromYaml("""
                categories:
                  weapon:
                    label: Weapon mentioned
                    phrases: [knife, ""]
                  injury:
                    label: ""
                    phrases: []
                """))
                .hasMessageContaining("weapon phrases: an empty phrase")
                .hasMessageContaining("injury: has no label")
                .hasMessageContaining("injury: has no phrases");
    }

    @Test
    void aPhraseNotWrittenInLowerCaseWordsIsRefused() {
        assertThatThrownBy(() -> PossibleEmergencyRules.fromYaml("""
                categories:
                  weapon:
                    label: Weapon mentioned
                    phrases: [Knife, "st*ab"]
                """))
                .hasMessageContaining("\"Knife\" must be lower-case")
                .hasMessageContaining("\"st*ab\" must be lower-case");
    }
}
