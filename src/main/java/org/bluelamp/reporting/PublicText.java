package org.bluelamp.reporting;

import org.bluelamp.platform.form.TypedText;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the public type into a form: kept by the one rule for typed text ({@link TypedText}), and the one rule for what
 * is refused in it, characters nobody types on purpose and anything like markup. A report's questions and the request
 * for your data refused slightly different things before they shared this rule; each keeps what it accepted, so the
 * difference is the named {@link Strictness}.
 */
public final class PublicText {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int REPLACEMENT = 0xFFFD;

    /** What cleaned text is refused for. */
    public enum Refusal {
        /** Control, private-use or unassigned characters, or characters that disguise text. */
        CHARACTERS,
        /** Something like the start of a markup tag. */
        MARKUP
    }

    /** How much the rule refuses. */
    public enum Strictness {

        /**
         * A report's questions: every control and invisible format character but the joiners that build emoji and
         * some scripts, the replacement character a broken encoding decodes to, private-use, surrogate and
         * unassigned code points; markup when "<" (or "</") comes before a letter, "!" or "?".
         */
        REPORT_QUESTION(Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]")) {
            @Override
            boolean refuses(int codePoint) {
                if (codePoint == '\n' || codePoint == '\t' || codePoint == ZERO_WIDTH_JOINER
                        || codePoint == ZERO_WIDTH_NON_JOINER) {
                    return false;
                }
                return codePoint == REPLACEMENT || switch (Character.getType(codePoint)) {
                    case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                         Character.UNASSIGNED -> true;
                    default -> false;
                };
            }
        },

        /**
         * The public forms that are not reports (the request for your data): control characters but line breaks and
         * tabs, the direction overrides and isolates, private-use and unassigned code points; markup when "<" comes
         * before a letter, "/", "!" or "?". Other invisible format characters (a zero-width space, a soft hyphen) pass.
         */
        PUBLIC_FORM(Pattern.compile("<\\s*[A-Za-z/!?]")) {
            @Override
            boolean refuses(int codePoint) {
                int type = Character.getType(codePoint);
                return type == Character.CONTROL && codePoint != '\n' && codePoint != '\r' && codePoint != '\t'
                        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                        || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
            }
        };

        private final Pattern markup;

        Strictness(Pattern markup) {
            this.markup = markup;
        }

        abstract boolean refuses(int codePoint);
    }

    private PublicText() {
    }

    public static String clean(String typed) {
        return TypedText.clean(typed, true);
    }

    /** What cleaned text is refused for, if anything: characters are looked at before markup. */
    public static Optional<Refusal> refusal(String cleaned, Strictness strictness) {
        if (cleaned.codePoints().anyMatch(strictness::refuses)) {
            return Optional.of(Refusal.CHARACTERS);
        }
        if (strictness.markup.matcher(cleaned).find()) {
            return Optional.of(Refusal.MARKUP);
        }
        return Optional.empty();
    }
}
