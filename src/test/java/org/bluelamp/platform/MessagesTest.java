package org.bluelamp.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the code and templates name exists, so no page ever shows a key instead of words. */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\"([a-z0-9.-]+)\"\\s*[,)]");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("\\bt\\(\"([a-z0-9.-]+\\.)\" \\+");

    @Test
    void everyKeyUsedExists() throws IOException {
        var messages = load();
        var missing = new TreeSet<String>();
        for (String key : keysIn(LITERAL_KEY)) {
            if (!messages.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("message keys used but not in messages.properties").isEmpty();
    }

    @Test
    void everyFamilyOfKeysBuiltFromAPrefixHasMembers() throws IOException {
        var messages = load();
        for (String prefix : keysIn(DYNAMIC_KEY)) {
            assertThat(messages.stringPropertyNames()).as(prefix).anyMatch(k -> k.startsWith(prefix));
        }
        for (String kind : Set.of("not-found", "forbidden", "too-large", "bad-request", "server")) {
            assertThat(messages).containsKeys("error." + kind + ".title", "error." + kind + ".body");
        }
        for (String moment : Set.of("exact", "from", "to")) {
            assertThat(messages).containsKeys("when." + moment + ".name", "when." + moment + ".date",
                    "when." + moment + ".time", "validation.when." + moment + ".future");
        }
    }

    private static Properties load() throws IOException {
        var properties = new Properties();
        for (String file : new String[] {"/messages.properties", "/staff-messages.properties"}) {
            try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static Set<String> keysIn(Pattern pattern) throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                var matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
