package org.bluelamp.reporting.question;

import org.bluelamp.platform.Texts;
import org.bluelamp.platform.form.TypedText;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What any typed text must be: not too long, no markup, no characters that cannot be shown or that disguise
 * text (control characters, direction overrides, private-use or unassigned code points).
 */
final class TextRules {

    static final int DEFAULT_TEXT_LENGTH = 200;
    static final int DEFAULT_TEXTAREA_LENGTH = 2000;
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

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
        if (!text.codePoints().allMatch(TextRules::acceptable)) {
            return Optional.of(texts.t("validation.text.characters", name));
        }
        if (MARKUP.matcher(text).find()) {
            return Optional.of(texts.t("validation.text.markup", name));
        }
        return Optional.empty();
    }

    private static boolean acceptable(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t' || codePoint == ZERO_WIDTH_JOINER
                || codePoint == ZERO_WIDTH_NON_JOINER) {
            return true;
        }
        if (codePoint == 0xFFFD) {
            return false; // what a broken encoding decodes to
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
