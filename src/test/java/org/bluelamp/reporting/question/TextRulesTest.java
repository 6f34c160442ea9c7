package org.bluelamp.reporting.question;

import org.bluelamp.reporting.PublicText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bluelamp.reporting.question.Questions.CONTEXT;

class TextRulesTest {

    private static String problem(String text) {
        return TextRules.problem(TextRules.clean(text, true), 50, "What happened", CONTEXT.texts()).orElse(null);
    }

    @Test
    void textLongerThanTheLimitIsRejectedSayingTheLimit() {
        assertThat(problem("x".repeat(51))).isEqualTo("What happened must be 50 characters or fewer");
        assertThat(problem("x".repeat(50))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "hello <img src=x onerror=alert(1)>", "< / b>", "<!-- x -->"})
    void markupIsRejected(String text) {
        assertThat(problem(text)).isEqualTo("What happened must not contain computer code, such as words between < and >");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I paid <£50", "3 < 4 and 5 > 2", "Smashed window 😡", "Café in Llŷn", "Zoë's bike"})
    void ordinaryTextWithSymbolsAccentsAndEmojiIsAccepted(String text) {
        assertThat(problem(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc\u0000def", "right\u202Eto left", "bell\u0007", "private\uE000use", "broken\uFFFD"})
    void controlDirectionAndUnreadableCharactersAreRejected(String text) {
        assertThat(problem(text)).startsWith("What happened contains characters we cannot accept");
    }

    @Test
    void cleaningComposesUnicodeAndTrimsAndKeepsLinesOnlyWhereAllowed() {
        assertThat(TextRules.clean("  Cafe\u0301\r\nnext  ", true)).isEqualTo("Café\nnext");
        assertThat(TextRules.clean("one\ntwo", false)).isEqualTo("one two");
        assertThat(TextRules.clean(null, false)).isEmpty();
    }

    /** Refused by a report question's text rule (characters or markup), after the length. */
    private static boolean refusedByAQuestion(String typed) {
        return TextRules.problem(TextRules.clean(typed, true), 10_000, "What happened", CONTEXT.texts()).isPresent();
    }

    /** Refused by /your-data ("Remove the symbols or hidden characters from this answer"). */
    private static boolean refusedByTheRequestForm(String typed) {
        return PublicText.refusal(PublicText.clean(typed), PublicText.Strictness.PUBLIC_FORM).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alex Example", "Café in Llŷn", "Smashed window 😡", "I paid <£50", "3 < 4 and 5 > 2",
            "two\r\nlines", "tab\there", "family \u200D emoji", "non\u200Cjoiner", "",
            "abc\u0000def", "bell\u0007", "right\u202Eto left", "isolate\u2066x", "private\uE000use",
            "unassigned\u0378", "<script>alert(1)</script>", "hello <img src=x>", "< / b>", "<!-- x -->", "<?php"})
    void aQuestionAndTheRequestFormAgreeOnEverydayAndHostileText(String typed) {
        assertThat(refusedByTheRequestForm(typed)).isEqualTo(refusedByAQuestion(typed));
    }

    /**
     * Where the one rule's two strictnesses differ, kept as each page behaved before they were one rule: a report
     * question refuses every invisible format character but the joiners, the replacement character of a broken
     * encoding, and "<" only when a tag could follow; the request form refuses direction overrides only, and "</" or
     * "< /" before anything.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zero\u200Bwidth", "soft\u00ADhyphen", "mark\u200Eleft", "bom\uFEFF", "joiner\u2060",
            "broken\uFFFD"})
    void aQuestionRefusesInvisibleFormatCharactersTheRequestFormAccepts(String typed) {
        assertThat(refusedByAQuestion(typed)).isTrue();
        assertThat(refusedByTheRequestForm(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"love you </3", "an empty </>", "< / 3"})
    void theRequestFormRefusesAnAngleAndSlashAQuestionAccepts(String typed) {
        assertThat(refusedByTheRequestForm(typed)).isTrue();
        assertThat(refusedByAQuestion(typed)).isFalse();
    }
}
