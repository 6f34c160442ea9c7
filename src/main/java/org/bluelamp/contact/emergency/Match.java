package org.bluelamp.contact.emergency;

/**
 * Words in a text that a category's phrases matched.
 *
 * @param category the category's id, e.g. "weapon"
 * @param term     the matched words as written, lower-cased
 * @param start    where they start in the text (a char index)
 * @param end      where they end, exclusive
 */
public record Match(String category, String term, int start, int end) {

    public Match {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A match needs 0 <= start < end, not " + start + ".." + end);
        }
    }
}
