package org.bluelamp.reporting;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceTest {

    private final Random random = new Random(42);

    @Test
    void looksLikePrefixAndThreeGroupsFromTheUnambiguousAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String value = Reference.random("LP", random).value();
            assertThat(value).matches("LP-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}");
            assertThat(value.substring(3)).doesNotContain("0", "O", "1", "I", "L");
        }
    }

    @Test
    void referencesAreNotSequentialOrRepeated() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Reference.random("LP", new java.security.SecureRandom()).value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        for (int n = 0; n < 200; n++) {
            String compact = Reference.random("LP", random).value().substring(3).replace("-", "");
            for (int i = 0; i < compact.length(); i++) {
                for (char c : Reference.ALPHABET.toCharArray()) {
                    if (c != compact.charAt(i)) {
                        String typo = compact.substring(0, i) + c + compact.substring(i + 1);
                        assertThat(Reference.parse("LP" + typo)).as(typo).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void everySwapOfTwoDifferentCharactersIsCaught() {
        for (int n = 0; n < 500; n++) {
            String compact = Reference.random("LP", random).value().substring(3).replace("-", "");
            for (int i = 0; i < compact.length(); i++) {
                for (int j = i + 1; j < compact.length(); j++) {
                    if (compact.charAt(i) != compact.charAt(j)) {
                        char[] chars = compact.toCharArray();
                        chars[i] = compact.charAt(j);
                        chars[j] = compact.charAt(i);
                        assertThat(Reference.parse("LP" + new String(chars))).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void readsWhatPeopleTypeInAnyCaseWithOrWithoutSpacesAndDashes() {
        var reference = Reference.random("LP", random);
        String compact = reference.value().replace("-", "");
        assertThat(Reference.parse(compact.toLowerCase())).contains(reference);
        assertThat(Reference.parse(" " + compact.substring(0, 5) + " " + compact.substring(5) + " ")).contains(reference);
        assertThat(Reference.parse(reference.value())).contains(reference);
    }

    @Test
    void rejectsWhatIsNotAReference() {
        assertThat(Reference.parse(null)).isEmpty();
        assertThat(Reference.parse("")).isEmpty();
        assertThat(Reference.parse("LP-000-000-000")).isEmpty();
        assertThat(Reference.parse("<script>")).isEmpty();
        assertThatThrownBy(() -> new Reference("LP-ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
