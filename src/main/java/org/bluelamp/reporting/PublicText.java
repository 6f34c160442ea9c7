package org.bluelamp.reporting;

import org.bluelamp.platform.form.TypedText;

import java.util.regex.Pattern;

/** What the public type into a form's fields: kept by the one rule for typed text, and what is refused in it. */
public final class PublicText {

    /** Control, private-use and unassigned characters, direction overrides, and anything like markup. */
    private static final Pattern UNSAFE = Pattern.compile(
            "[\\p{Cc}&&[^\\n\\r\\t]]|\\p{Co}|\\p{Cn}|[\\u202A-\\u202E\\u2066-\\u2069]|<\\s*[A-Za-z/!?]");

    private PublicText() {
    }

    public static String clean(String typed) {
        return TypedText.clean(typed, true);
    }

    /** Whether a cleaned value holds characters nobody types on purpose, or something like markup. */
    public static boolean unsafe(String cleaned) {
        return !cleaned.isEmpty() && UNSAFE.matcher(cleaned).find();
    }
}
