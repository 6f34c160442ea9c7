package org.bluelamp.security;

import org.bluelamp.security.PageForms.Field;
import org.bluelamp.security.PageForms.Form;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person would type into a form they have never seen, guessed from each field's name and type, so that a
 * journey can be walked from its start page to its end without knowing its questions. The first guess puts a
 * harmless-looking piece of markup into free text, so every page that later shows the answer is checked too.
 */
final class PlausibleAnswers {

    /** Choices that keep a journey going online rather than sending the person to 999. */
    private static final List<String> PREFERRED = List.of("no", "none", "not-sure", "dont-know", "unknown", "email",
            "any-time", "victim", "address", "exact", "online");

    /** How hard to guess: 0 puts markup in free text, 1 plain text, 2 plain text and dates long past. */
    record Attempt(int style, int option) {
    }

    private PlausibleAnswers() {
    }

    static Map<String, List<String>> of(Form form, Attempt attempt, String tag) {
        var values = new LinkedHashMap<String, List<String>>();
        for (Field field : form.fields()) {
            switch (field.kind()) {
                case HIDDEN -> values.put(field.name(), List.of(field.value()));
                case RADIO, SELECT -> {
                    var options = ordered(field.options());
                    if (!options.isEmpty()) {
                        values.put(field.name(), List.of(options.get(attempt.option() % options.size())));
                    }
                }
                case CHECKBOX -> {
                    var options = ordered(field.options());
                    if (!options.isEmpty()) {
                        values.put(field.name(), List.of(options.get(attempt.option() % options.size())));
                    }
                }
                case FILE -> {
                }
                case TEXT, TEXTAREA -> values.put(field.name(), List.of(text(field, attempt, tag)));
            }
        }
        return values;
    }

    private static List<String> ordered(List<String> options) {
        var sorted = new ArrayList<String>(options.stream().filter(o -> !o.isBlank()).toList());
        sorted.sort(Comparator.comparingInt(o -> PREFERRED.contains(o) ? PREFERRED.indexOf(o) : PREFERRED.size()));
        return sorted;
    }

    private static String text(Field field, Attempt attempt, String tag) {
        String name = field.name().toLowerCase();
        String type = field.type();
        int lastYear = Year.now().getValue() - 1;
        if (type.equals("email") || name.contains("email")) {
            return "hostile.walker@example.com";
        }
        if (type.equals("tel") || name.contains("phone") || name.contains("mobile")) {
            return "07700 900123";
        }
        if (name.contains("postcode")) {
            return "LE1 1AA";
        }
        if (name.endsWith("-day") || name.equals("day")) {
            return "3";
        }
        if (name.endsWith("-month") || name.equals("month")) {
            return "2";
        }
        if (name.endsWith("-year") || name.equals("year")) {
            return attempt.style() >= 2 ? "1985" : String.valueOf(lastYear);
        }
        if (name.contains("time") || name.endsWith("-from") || name.endsWith("-to")) {
            return "9am";
        }
        if (name.contains("registration") || name.contains("vrm") || name.endsWith("-reg")) {
            return "AB12 CDE";
        }
        if (name.contains("amount") || name.contains("money") || name.contains("cost") || name.contains("value")) {
            return "25";
        }
        if (name.contains("age")) {
            return "40";
        }
        if (name.contains("reference")) {
            return "";
        }
        if (name.contains("date")) {
            return "3/2/" + lastYear;
        }
        // Markup that is harmless if shown as text and caught by Findings if ever shown as markup.
        return attempt.style() == 0 ? "K <" + HostileValues.TAG + ">" + HostileValues.MARK + tag + "</"
                + HostileValues.TAG + ">" : "Kept " + tag;
    }
}
