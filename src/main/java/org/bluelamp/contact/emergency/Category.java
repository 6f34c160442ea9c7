package org.bluelamp.contact.emergency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One category of the rules: its phrases, and the phrases that cancel a match lying inside them. */
record Category(String id, String label, List<Phrase> phrases, List<Phrase> unless) {

    /**
     * The category's matches in the text, by position. Occurrences of different phrases that overlap ("going to
     * kill" and "kill me") become one match, so the whole of "going to kill me" is highlighted.
     */
    List<Match> matchesIn(String text) {
        var cancelling = unless.stream().flatMap(p -> p.spansIn(text).stream()).toList();
        var spans = new ArrayList<int[]>();
        for (Phrase phrase : phrases) {
            for (int[] span : phrase.spansIn(text)) {
                if (cancelling.stream().noneMatch(u -> u[0] <= span[0] && span[1] <= u[1])) {
                    spans.add(span);
                }
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        var matches = new ArrayList<Match>();
        int start = -1;
        int end = -1;
        for (int[] span : spans) {
            if (span[0] < end) {
                end = Math.max(end, span[1]);
            } else {
                if (start >= 0) {
                    matches.add(match(text, start, end));
                }
                start = span[0];
                end = span[1];
            }
        }
        if (start >= 0) {
            matches.add(match(text, start, end));
        }
        return matches;
    }

    private Match match(String text, int start, int end) {
        return new Match(id, text.substring(start, end).toLowerCase(Locale.UK), start, end);
    }
}
