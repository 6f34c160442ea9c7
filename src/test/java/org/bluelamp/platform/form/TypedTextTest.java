package org.bluelamp.platform.form;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for typed text, which every form's reading uses. */
class TypedTextTest {

    @Test
    void aTextAreaKeepsItsLinesWithOneKindOfBreakAndNoOuterSpace() {
        assertThat(TypedText.clean("  First line\r\nsecond\rthird \n", true)).isEqualTo("First line\nsecond\nthird");
    }

    @Test
    void aOneLineFieldTurnsPastedBreaksAndTabsIntoSpaces() {
        assertThat(TypedText.clean(" LP-7K3\r\nM9Q\tTXE ", false)).isEqualTo("LP-7K3 M9Q TXE");
    }

    @Test
    void accentsTypedAsTwoCharactersAreKeptComposed() {
        assertThat(TypedText.clean("Cafe\u0301", true)).isEqualTo("Caf\u00e9").hasSize(4);
    }

    @Test
    void nothingSentIsEmpty() {
        assertThat(TypedText.clean(null, true)).isEmpty();
    }
}
