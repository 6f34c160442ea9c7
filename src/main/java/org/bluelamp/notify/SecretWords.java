package org.bluelamp.notify;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a secret value (a code, a link with its token) goes in a message's stored words: it stays ((name)), as in
 * the template, and is put in only in memory when the message is sent. What is stored and shown opens nothing.
 */
final class SecretWords {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\((\\w+)\\)\\)");

    private SecretWords() {
    }

    static String placeholder(String name) {
        return "((" + name + "))";
    }

    /** The words with each secret put in; ((anything else)) is left as it is. */
    static String fill(String words, Map<String, String> secrets) {
        if (words == null || secrets.isEmpty()) {
            return words;
        }
        return PLACEHOLDER.matcher(words).replaceAll(match -> Matcher.quoteReplacement(
                secrets.getOrDefault(match.group(1), match.group())));
    }

    /** The words with each secret's place shown as {@code mask}, for a copy given to a person. */
    static String masked(String words, Iterable<String> names, String mask) {
        if (words == null) {
            return null;
        }
        String result = words;
        for (String name : names) {
            result = result.replace(placeholder(name), mask);
        }
        return result;
    }
}
