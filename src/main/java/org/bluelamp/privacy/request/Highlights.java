package org.bluelamp.privacy.request;

import org.bluelamp.privacy.answer.Disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a line into the parts a redaction removes and the parts it keeps, for the team's preview. */
public final class Highlights {

    private Highlights() {
    }

    /** @param reason for a redacted part, why */
    public record Part(String text, boolean redacted, String reason) {
    }

    public static List<Part> split(String text, List<Disclosure.Redaction> redactions) {
        if (text == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String[] why = new String[text.length()];
        for (Disclosure.Redaction r : redactions) {
            String needle = r.text().toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(needle); at >= 0 && !needle.isEmpty(); at = lower.indexOf(needle, at + 1)) {
                for (int i = at; i < at + needle.length() && i < why.length; i++) {
                    why[i] = r.reason();
                }
            }
        }
        var parts = new ArrayList<Part>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !java.util.Objects.equals(why[i], why[start])) {
                parts.add(new Part(text.substring(start, i), why[start] != null, why[start]));
                start = i;
            }
        }
        return parts;
    }
}
