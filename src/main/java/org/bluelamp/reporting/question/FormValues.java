package org.bluelamp.reporting.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The values of a question's form, by input name: what was typed, or a saved answer laid out as a form. */
public final class FormValues {

    public static final FormValues EMPTY = new FormValues(Map.of());

    private final Map<String, List<String>> values;

    public FormValues(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    public static FormValues of(Map<String, String[]> parameters) {
        var copy = new HashMap<String, List<String>>();
        parameters.forEach((name, vals) -> copy.put(name, List.of(vals)));
        return new FormValues(copy);
    }

    /** The first value of an input, or "" if there is none. */
    public String get(String name) {
        var all = values.get(name);
        return all == null || all.isEmpty() || all.getFirst() == null ? "" : all.getFirst();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final Map<String, List<String>> values = new HashMap<>();

        Builder put(String name, Object value) {
            if (value instanceof List<?> list) {
                values.put(name, list.stream().map(String::valueOf).toList());
            } else if (value != null) {
                values.put(name, List.of(String.valueOf(value)));
            }
            return this;
        }

        FormValues build() {
            return new FormValues(values);
        }
    }
}
