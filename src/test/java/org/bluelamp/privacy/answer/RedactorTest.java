package org.bluelamp.privacy.answer;

import org.bluelamp.privacy.answer.Disclosure.Redaction;
import org.bluelamp.privacy.answer.Redactor.Redacted;
import org.bluelamp.privacy.answer.Redactor.Shown;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    private static final String THIRD_PARTY = "Information about another person";
    private static final String CRIME = "Prevention or detection of crime";

    @Test
    void everyOccurrenceIsRedactedWhateverItsCase() {
        var pieces = Redactor.split("Seen with JOHN SMITH; john smith drove off",
                List.of(new Redaction("John Smith", THIRD_PARTY)));

        assertThat(pieces).containsExactly(new Shown("Seen with "), new Redacted(List.of(THIRD_PARTY)),
                new Shown("; "), new Redacted(List.of(THIRD_PARTY)), new Shown(" drove off"));
    }

    @Test
    void overlappingRedactionsBecomeOneSpanWithBothReasons() {
        var pieces = Redactor.split("Car AB12 CDE parked at 4 Mill Lane",
                List.of(new Redaction("AB12 CDE parked", THIRD_PARTY), new Redaction("parked at 4 Mill Lane", CRIME)));

        assertThat(pieces).containsExactly(new Shown("Car "), new Redacted(List.of(THIRD_PARTY, CRIME)));
    }

    @Test
    void repeatsThatOverlapThemselvesAreOneSpan() {
        assertThat(Redactor.split("xaaay", List.of(new Redaction("aa", CRIME))))
                .containsExactly(new Shown("x"), new Redacted(List.of(CRIME)), new Shown("y"));
    }

    @Test
    void blankRedactionsAndTextThatIsNotThereChangeNothing() {
        assertThat(Redactor.split("Nothing to hide", List.of(new Redaction("", CRIME), new Redaction("  ", CRIME),
                new Redaction(null, CRIME), new Redaction("absent", CRIME))))
                .containsExactly(new Shown("Nothing to hide"));
        assertThat(Redactor.split(null, null)).isEmpty();
    }

    @Test
    void aWholeValueCanBeRedacted() {
        assertThat(Redactor.split("Ŵyn Jones", List.of(new Redaction("ŵyn jones", THIRD_PARTY))))
                .containsExactly(new Redacted(List.of(THIRD_PARTY)));
    }
}
