package org.bluelamp.platform;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small pieces of markup logic the component templates share. */
public final class Html {

    private Html() {
    }

    /**
     * The ids an input's aria-describedby lists: an extra one (a character count), its hint and its error;
     * null when there are none, so the template leaves the attribute out.
     */
    public static String describedBy(String id, String hint, String error, String extra) {
        String ids = Stream.of(extra, hint == null ? null : id + "-hint", error == null ? null : id + "-error")
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return ids.isEmpty() ? null : ids;
    }

    /** The text with its first letter a capital, for an item name at the start of a label: "Vehicle 2". */
    public static String capitalised(String text) {
        return text == null || text.isEmpty() ? text
                : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }

    /**
     * Whether a thing's name starts with a vowel, for a language that says "an item" but "a vehicle": the messages
     * {@code items.with-article.*} choose the words, so a language with no article ignores it. By its first letter,
     * which is right for the item names definitions use; a name said otherwise ("an hour", "a unit") needs a rule here.
     */
    public static boolean startsWithVowel(String name) {
        return name != null && !name.isEmpty() && "aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0;
    }

    /** The class of a GOV.UK input width: a number of characters ("10") or a fraction ("one-half"). */
    public static String widthClass(String width) {
        if (width == null) {
            return "";
        }
        return width.matches("\\d+") ? " govuk-input--width-" + width : " govuk-!-width-" + width;
    }
}
