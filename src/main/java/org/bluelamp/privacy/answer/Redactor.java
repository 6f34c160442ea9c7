package org.bluelamp.privacy.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Splits a line's value into the text shown and the spans redacted. Every occurrence of each redaction's text is
 * found, ignoring case; redactions that overlap or touch become one span, which keeps the reasons of all of them.
 * A redacted span never carries its text, so a writer cannot put it in the answer by mistake.
 */
final class Redactor {

    sealed interface Piece permits Shown, Redacted {
    }

    record Shown(String text) implements Piece {
    }

    /** @param reasons why, once each, in the order they are found in the line */
    record Redacted(List<String> reasons) implements Piece {
    }

    private record Span(int from, int to, String reason) {
    }

    private Redactor() {
    }

    static List<Piece> split(String value, List<Disclosure.Redaction> redactions) {
        String text = value == null ? "" : value;
        List<Span> spans = find(text, redactions == null ? List.of() : redactions);
        var pieces = new ArrayList<Piece>();
        int shownFrom = 0;
        int i = 0;
        while (i < spans.size()) {
            Span first = spans.get(i);
            int to = first.to();
            var reasons = new LinkedHashSet<String>();
            reasons.add(first.reason());
            i++;
            while (i < spans.size() && spans.get(i).from() <= to) {
                to = Math.max(to, spans.get(i).to());
                reasons.add(spans.get(i).reason());
                i++;
            }
            if (first.from() > shownFrom) {
                pieces.add(new Shown(text.substring(shownFrom, first.from())));
            }
            pieces.add(new Redacted(List.copyOf(reasons)));
            shownFrom = to;
        }
        if (shownFrom < text.length()) {
            pieces.add(new Shown(text.substring(shownFrom)));
        }
        return List.copyOf(pieces);
    }

    /** Every occurrence of every redaction, overlapping ones included, by where they start. */
    private static List<Span> find(String text, List<Disclosure.Redaction> redactions) {
        var spans = new ArrayList<Span>();
        for (int order = 0; order < redactions.size(); order++) {
            Disclosure.Redaction redaction = redactions.get(order);
            String wanted = redaction == null || redaction.text() == null ? "" : redaction.text();
            if (wanted.isBlank()) {
                continue;
            }
            String reason = redaction.reason() == null ? "" : redaction.reason();
            for (int at = 0; at + wanted.length() <= text.length(); at++) {
                if (text.regionMatches(true, at, wanted, 0, wanted.length())) {
                    spans.add(new Span(at, at + wanted.length(), reason));
                }
            }
        }
        // By start, then by the order the redactions were given, so the reasons come in a stable order.
        spans.sort(Comparator.comparingInt(Span::from));
        return spans;
    }
}
