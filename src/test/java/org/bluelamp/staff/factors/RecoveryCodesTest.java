package org.bluelamp.staff.factors;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodesTest {

    private final RecoveryCodes recoveryCodes = new RecoveryCodes();
    private final SecureRandom random = new SecureRandom();

    @Test
    void givesTenDifferentCodesInThreeGroupsOfFourFromTheUnambiguousAlphabet() {
        List<String> codes = recoveryCodes.generate(random);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"));
    }

    @Test
    void neverUsesCharactersThatLookAlikeOnPaper() {
        for (int i = 0; i < 200; i++) {
            assertThat(recoveryCodes.generate(random)).allSatisfy(code ->
                    assertThat(code).doesNotContain("0", "O", "1", "I", "L"));
        }
    }

    @Test
    void everySetIsNew() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            seen.addAll(recoveryCodes.generate(random));
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void usesEveryCharacterOfTheAlphabet() {
        var used = new HashSet<Character>();
        for (int i = 0; i < 100; i++) {
            recoveryCodes.generate(random).forEach(code -> code.replace("-", "").chars().forEach(c -> used.add((char) c)));
        }
        assertThat(used).hasSize(RecoveryCodes.ALPHABET.length());
    }

    @Test
    void readsACodeTypedInAnyCaseWithOrWithoutSpacesAndHyphens() {
        assertThat(RecoveryCodes.normalise("7KQ4-M2XP-9HTR")).isEqualTo("7KQ4M2XP9HTR");
        assertThat(RecoveryCodes.normalise("7kq4 m2xp 9htr")).isEqualTo("7KQ4M2XP9HTR");
        assertThat(RecoveryCodes.normalise(" 7kq4m2xp9HTR\t")).isEqualTo("7KQ4M2XP9HTR");
        assertThat(RecoveryCodes.normalise("7KQ4 - M2XP - 9HTR")).isEqualTo("7KQ4M2XP9HTR");
        assertThat(RecoveryCodes.normalise(null)).isEmpty();
    }

    @Test
    void theSameCodeTypedDifferentlyHashesTheSame() {
        String stored = RecoveryCodes.hash("j.smith", RecoveryCodes.normalise("7KQ4-M2XP-9HTR"));
        assertThat(RecoveryCodes.hash("j.smith", RecoveryCodes.normalise("7kq4 m2xp 9htr"))).isEqualTo(stored);
        assertThat(RecoveryCodes.hash("j.smith", RecoveryCodes.normalise("7KQ4-M2XP-9HTS"))).isNotEqualTo(stored);
    }

    @Test
    void theHashIsTheSha256OfTheAccountAndTheNormalisedCodeInHex() {
        // printf 'j.smith:7KQ4M2XP9HTR' | sha256sum
        assertThat(RecoveryCodes.hash("j.smith", "7KQ4M2XP9HTR"))
                .isEqualTo("ab6d2bd94265aec91fc63c7cf1ddcf795fbfe12353e2cdd524dfc7e7ace419bd");
    }
}
