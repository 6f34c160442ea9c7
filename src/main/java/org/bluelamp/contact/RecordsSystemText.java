package org.bluelamp.contact;

import org.bluelamp.reporting.PublicText;

import java.util.Optional;

/**
 * The rule for words a records system sends us (an officer's name, a result's description): the one rule for typed
 * text ({@link PublicText}), as for the public's forms, with a longest length, and for a name no line breaks.
 */
final class RecordsSystemText {

    private RecordsSystemText() {
    }

    /** The text as it is kept: normalised and trimmed; null stays null. */
    static String clean(String text) {
        return text == null ? null : PublicText.clean(text);
    }

    /** Why cleaned text may not be kept, or empty if it may. */
    static Optional<String> problem(String cleaned, int longest, boolean lines) {
        if (cleaned == null || cleaned.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > longest) {
            return Optional.of("must be at most " + longest + " characters");
        }
        if (!lines && cleaned.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            return Optional.of("must be on one line");
        }
        return PublicText.refusal(cleaned, PublicText.Strictness.PUBLIC_FORM).map(refusal -> switch (refusal) {
            case CHARACTERS -> "must not contain control, private-use or unassigned characters";
            case MARKUP -> "must not contain markup";
        });
    }
}
