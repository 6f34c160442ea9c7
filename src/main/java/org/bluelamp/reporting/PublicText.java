package org.bluelamp.reporting;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How what the public type into a form's fields is kept: trimmed, one kind of line break, composed Unicode. */
public final class PublicText {

    /** Control, private-use and unassigned characters, direction overrides, and anything like markup. */
    private static final Pattern UNSAFE = Pattern.compile(
            "[\\p{Cc}&&[^\\n\\r\\t]]|\\p{Co}|\\p{Cn}|[\\u202A-\\u202E\\u2066-\\u2069]|<\\s*[A-Za-z/!?]");

    private PublicText() {
    }

    public static String clean(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed.replace("\r\n", "\n"), Normalizer.Form.NFC).strip();
    }

    /** Whether a cleaned value holds characters nobody types on purpose, or something like markup. */
    public static boolean unsafe(String cleaned) {
        return !cleaned.isEmpty() && UNSAFE.matcher(cleaned).find();
    }
}
