package org.bluelamp.reporting.journey;

import org.bluelamp.platform.language.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays the words of another language ({@code services/cy/crime.yaml}) over an English definition
 * ({@code services/crime.yaml}): the result is the English tree with every word replaced, so the structure (ids,
 * types, values, rules, routing) can only ever be the English file's. A words file holds only words, lists of things
 * with an id or a value become maps by it, and every word of the English must be there and nothing else: otherwise
 * start-up stops, naming the file, the path of each problem and the language. The rules are in docs/reporting.md.
 */
final class DefinitionWords {

    private static final Set<String> WORDS = Set.of("title", "shortTitle", "summary", "hint", "label", "section",
            "itemName", "question", "yes", "required", "heading", "intro", "text", "link");
    private static final Set<String> NESTED = Set.of("detail", "emergency", "printableCopy", "link");
    private static final Set<String> BY_ID_OR_VALUE = Set.of("questions", "options", "fields");
    private static final String IN_ORDER = "confirmationNotes";
    private static final ObjectNode NONE = JsonNodeFactory.instance.objectNode();

    private final boolean errorsAreWords;
    private final List<String> problems = new ArrayList<>();

    private DefinitionWords(boolean errorsAreWords) {
        this.errorsAreWords = errorsAreWords;
    }

    /**
     * The English definition in the words of {@code words}.
     *
     * @param errorsAreWords false for a public form, whose {@code errors} are message keys rather than words
     * @param file           the words file's name, for the message: services/cy/crime.yaml
     * @throws ServiceCatalogue.InvalidDefinitionException naming the file, each path and the language
     */
    static JsonNode translate(JsonNode english, JsonNode words, boolean errorsAreWords, String file,
                              Language language) {
        var translated = (ObjectNode) english.deepCopy();
        var overlay = new DefinitionWords(errorsAreWords);
        overlay.walk(translated, words, "");
        if (!overlay.problems.isEmpty()) {
            throw ServiceCatalogue.InvalidDefinitionException.words(file, language, overlay.problems);
        }
        return translated;
    }

    /** Replaces each word of {@code english} (a copy) by its counterpart in {@code words}, noting what is wrong. */
    private void walk(ObjectNode english, JsonNode words, String path) {
        if (words == null || words.isNull() || words.isMissingNode()) {
            words = NONE;
        }
        if (!words.isObject()) {
            problems.add(path + ": should be a map of words, like the English");
            return;
        }
        var expected = new HashSet<String>();
        for (String key : List.copyOf(english.propertyNames())) {
            JsonNode value = english.get(key);
            JsonNode word = words.get(key);
            String at = path.isEmpty() ? key : path + "." + key;
            if (WORDS.contains(key) && value.isString()) {
                expected.add(key);
                text(word, at).ifPresent(t -> english.put(key, t));
            } else if (NESTED.contains(key) && value.isObject()) {
                expected.add(key);
                walk((ObjectNode) value, word, at);
            } else if ("errors".equals(key) && value.isObject() && errorsAreWords) {
                expected.add(key);
                errors((ObjectNode) value, word, at);
            } else if ("body".equals(key) && value.isArray()) {
                expected.add(key);
                body((ArrayNode) value, word, at);
            } else if (IN_ORDER.equals(key) && value.isArray()) {
                expected.add(key);
                inOrder((ArrayNode) value, word, at);
            } else if (BY_ID_OR_VALUE.contains(key) && value.isArray()) {
                expected.add(key);
                byIdOrValue((ArrayNode) value, word, at);
            }
        }
        for (String key : words.propertyNames()) {
            if (!expected.contains(key)) {
                problems.add((path.isEmpty() ? key : path + "." + key) + ": not a word of the English");
            }
        }
    }

    private java.util.Optional<String> text(JsonNode word, String at) {
        if (word == null || !word.isString() || word.stringValue().isBlank()) {
            problems.add(at + ": missing");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(word.stringValue());
    }

    private void errors(ObjectNode english, JsonNode words, String at) {
        if (words == null || !words.isObject()) {
            words = NONE;
        }
        for (String kind : List.copyOf(english.propertyNames())) {
            text(words.get(kind), at + "." + kind).ifPresent(t -> english.put(kind, t));
        }
        for (String kind : words.propertyNames()) {
            if (!english.has(kind)) {
                problems.add(at + "." + kind + ": not in the English");
            }
        }
    }

    private void body(ArrayNode english, JsonNode words, String at) {
        if (words == null || !words.isArray() || words.size() != english.size()) {
            problems.add(at + ": needs " + english.size() + " paragraphs, as the English has");
            return;
        }
        for (int i = 0; i < english.size(); i++) {
            int index = i;
            text(words.get(i), at + "[" + i + "]").ifPresent(t -> english.set(index, t));
        }
    }

    private void inOrder(ArrayNode english, JsonNode words, String at) {
        if (words == null || !words.isArray() || words.size() != english.size()) {
            problems.add(at + ": needs " + english.size() + " items, in the English order");
            return;
        }
        for (int i = 0; i < english.size(); i++) {
            if (english.get(i).isObject()) {
                walk((ObjectNode) english.get(i), words.get(i), at + "[" + i + "]");
            }
        }
    }

    private void byIdOrValue(ArrayNode english, JsonNode words, String at) {
        if (words == null || !words.isObject()) {
            problems.add(at + ": missing (a map by id or value)");
            words = NONE;
        }
        var keys = new HashSet<String>();
        for (JsonNode item : english) {
            if (!item.isObject()) {
                continue;
            }
            JsonNode key = item.has("id") ? item.get("id") : item.get("value");
            if (key == null) {
                continue;
            }
            keys.add(key.asString());
            walk((ObjectNode) item, words.get(key.asString()), at + "." + key.asString());
        }
        for (String key : words.propertyNames()) {
            if (!keys.contains(key)) {
                problems.add(at + "." + key + ": not in the English");
            }
        }
    }
}
