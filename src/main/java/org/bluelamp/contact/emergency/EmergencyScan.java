package org.bluelamp.contact.emergency;

import java.util.List;

/**
 * What the possible-emergency rules found in a text.
 *
 * @param matches in the rules file's category order, then by position in the text
 */
public record EmergencyScan(List<Match> matches) {

    public static final EmergencyScan NOTHING = new EmergencyScan(List.of());

    public EmergencyScan {
        matches = List.copyOf(matches);
    }

    /** Whether anything matched: the contact goes to the top of its queue for a person to look at. */
    public boolean flagged() {
        return !matches.isEmpty();
    }

    /** The categories that matched, each once, in the rules file's order. */
    public List<String> categories() {
        return matches.stream().map(Match::category).distinct().toList();
    }

    /** The words that matched, each once, lower-cased. */
    public List<String> terms() {
        return matches.stream().map(Match::term).distinct().toList();
    }
}
