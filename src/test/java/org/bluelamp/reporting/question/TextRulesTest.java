package org.bluelamp.reporting.question;

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
}
