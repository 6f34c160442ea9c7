package org.bluelamp.reporting.question;

import org.bluelamp.platform.EnglishTexts;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for questions and forms in unit tests. */
final class Questions {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 14, 30);
    static final ParseContext CONTEXT = new ParseContext(EnglishTexts.load(), NOW);

    private Questions() {
    }

    static Question question(String id, String type, List<Option> options, List<Field> fields, Map<String, String> rules) {
        return new Question(id, type, "Title of " + id, null, null, false, null, options, fields, null, "item", null,
                rules, Map.of("required", "Answer " + id, "atLeastOne", "Give one of them"), List.of(), null, false);
    }

    static Field field(String id, String type, boolean optional) {
        return new Field(id, type, "Label " + id, null, optional, null, null, null, Map.of("required", "Enter " + id));
    }

    static FormValues form(String... namesAndValues) {
        var values = new HashMap<String, List<String>>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return new FormValues(values);
    }
}
