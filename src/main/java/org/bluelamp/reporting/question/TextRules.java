package org.bluelamp.reporting.question;

import org.bluelamp.platform.Texts;
import org.bluelamp.platform.form.TypedText;
import org.bluelamp.reporting.PublicText;

import java.util.Optional;

/**
 * What any typed text in a report's question must be: not too long, and not refused by the one rule for what the public
 * type ({@link PublicText}, at {@link PublicText.Strictness#REPORT_QUESTION}), each refusal with its own message.
 */
final class TextRules {

    static final int DEFAULT_TEXT_LENGTH = 200;
    static final int DEFAULT_TEXTAREA_LENGTH = 2000;

    private TextRules() {
    }

    /** The text as we store it: composed Unicode, one kind of line break (or none), no outer spaces. */
    static String clean(String raw, boolean multiline) {
        return TypedText.clean(raw, multiline);
    }

    /** The message for what is wrong with cleaned text, if anything. {@code name} is what the text is of. */
    static Optional<String> problem(String text, int maxLength, String name, Texts texts) {
        if (text.length() > maxLength) {
            return Optional.of(texts.t("validation.text.too-long", name, maxLength));
        }
        return PublicText.refusal(text, PublicText.Strictness.REPORT_QUESTION).map(refusal -> switch (refusal) {
            case CHARACTERS -> texts.t("validation.text.characters", name);
            case MARKUP -> texts.t("validation.text.markup", name);
        });
    }
}
