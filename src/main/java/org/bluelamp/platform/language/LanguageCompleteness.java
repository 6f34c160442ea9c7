package org.bluelamp.platform.language;

import org.bluelamp.platform.ForceProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Stops start-up when an offered language lacks a public word: every key of messages.properties must be in
 * messages_{code}.properties with the same placeholders, and the force must have its name and hours in it, or the
 * application names what is missing and the language and does not start. Staff words are in
 * staff-messages.properties, which is English only. (Report definitions and message templates are checked by their
 * own readers.)
 */
@Component
class LanguageCompleteness {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final int NAMED = 20;

    LanguageCompleteness(Languages languages, ForceProperties force) {
        Properties base = read("messages.properties");
        for (Language language : languages.offered()) {
            if (!language.isBase()) {
                check(base, language);
            }
            if (!force.hasWordsIn(language)) {
                throw new IllegalStateException("bluelamp.languages offers " + language + " but the force has no "
                        + "opening hours in it: set bluelamp.force.languages." + language + ".opening-hours (and its "
                        + "name there if it differs)");
            }
        }
    }

    private static void check(Properties base, Language language) {
        String file = "messages" + language.fileSuffix() + ".properties";
        if (!new ClassPathResource(file).exists()) {
            throw new IllegalStateException("bluelamp.languages offers " + language + " but there is no " + file
                    + " (see docs/languages.md)");
        }
        Properties words = read(file);
        var problems = new ArrayList<String>();
        for (String key : new TreeSet<>(base.stringPropertyNames())) {
            String text = words.getProperty(key);
            if (text == null || text.isBlank()) {
                problems.add(key + " has no text");
            } else if (!placeholders(text).equals(placeholders(base.getProperty(key)))) {
                problems.add(key + " has placeholders " + placeholders(text) + " where English has "
                        + placeholders(base.getProperty(key)) + " (an apostrophe next to one must be written '')");
            } else if (!placeholders(text).isEmpty() && LONE_APOSTROPHE.matcher(text).find()) {
                problems.add(key + " has a single apostrophe, which a message with placeholders drops: write ''");
            }
        }
        for (String key : words.stringPropertyNames()) {
            if (!base.containsKey(key)) {
                problems.add(key + " is not in messages.properties");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + " (language " + language + ") is not complete: " + problems.size()
                    + " problems, the first:\n - " + String.join("\n - ", problems.subList(0, Math.min(NAMED,
                    problems.size()))));
        }
    }

    // Which arguments MessageFormat will fill ({0}, {1,number}, inside a choice too), outside quotes: a lone
    // apostrophe quotes what follows, hiding a placeholder. The words around them may differ by language.
    private static Set<Integer> placeholders(String text) {
        var found = new TreeSet<Integer>();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '{') {
                var argument = PLACEHOLDER.matcher(text).region(i, text.length());
                if (argument.lookingAt()) {
                    found.add(Integer.parseInt(argument.group(1)));
                }
            }
        }
        return found;
    }

    static Properties read(String file) {
        var properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + file, unreadable);
        }
        return properties;
    }

    static List<String> keys(String file) {
        return List.copyOf(new TreeSet<>(read(file).stringPropertyNames()));
    }
}
