package org.bluelamp.notify;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one kind of message, with ((value)) where a value goes (GOV.UK Notify's way of writing them).
 *
 * @param name    what staff call it
 * @param when    when it is sent, for staff reading the list of templates
 * @param subject the email's subject: never anything sensitive
 * @param email   the email's body
 * @param text    the text message: never anything sensitive
 */
public record MessageTemplate(String name, String when, String subject, String email, String text) {

    private static final Pattern VALUE = Pattern.compile("\\(\\((\\w+)\\)\\)");

    /** The values some words use, for comparing a translation with the English. */
    static Set<String> valuesIn(String words) {
        var used = new java.util.TreeSet<String>();
        VALUE.matcher(words == null ? "" : words).results().forEach(match -> used.add(match.group(1)));
        return used;
    }

    /** Every value the template uses. */
    Set<String> valuesUsed() {
        var used = new LinkedHashSet<String>();
        for (String part : new String[] {subject, email, text}) {
            VALUE.matcher(part == null ? "" : part).results().forEach(match -> used.add(match.group(1)));
        }
        return used;
    }

    /**
     * The template with its values in; a missing value is left empty rather than showing brackets to the public, and
     * a paragraph left empty by it is dropped.
     */
    static String fill(String words, Map<String, String> values) {
        return VALUE.matcher(words).replaceAll(match ->
                Matcher.quoteReplacement(values.getOrDefault(match.group(1), ""))).replaceAll("\n{3,}", "\n\n").strip();
    }

    public String subject(Map<String, String> values) {
        return fill(subject, values);
    }

    public String email(Map<String, String> values) {
        return fill(email, values);
    }

    public String text(Map<String, String> values) {
        return fill(text, values);
    }
}
