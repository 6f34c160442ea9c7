package org.bluelamp.contact.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phrase from the rules file as a pattern: whole words, any case, a trailing "*" for any ending, and any run of
 * spaces and punctuation between words.
 */
record Phrase(String text, Pattern pattern) {

    /** Lower-case words of letters, digits and apostrophes, one space apart, each perhaps ending in "*". */
    static final Pattern FORMAT = Pattern.compile("[a-z0-9']+\\*?( [a-z0-9']+\\*?)*");

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final String BETWEEN_WORDS = "[^\\p{L}\\p{N}]+";

    static Phrase of(String text) {
        var regex = new StringBuilder("(?<!" + WORD_CHAR + ")");
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append(BETWEEN_WORDS);
            }
            regex.append(word(words[i]));
        }
        regex.append("(?!" + WORD_CHAR + ")");
        return new Phrase(text, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static String word(String word) {
        boolean anyEnding = word.endsWith("*");
        String stem = anyEnding ? word.substring(0, word.length() - 1) : word;
        // People type curly apostrophes as often as straight ones.
        String literal = Pattern.quote(stem).replace("'", "\\E['\u2019]\\Q");
        return anyEnding ? literal + WORD_CHAR + "*" : literal;
    }

    /** Every place the phrase occurs in the text, as [start, end) pairs. */
    List<int[]> spansIn(String text) {
        var spans = new ArrayList<int[]>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return spans;
    }
}
