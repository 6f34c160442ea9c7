package org.bluelamp.reporting.question;

import java.util.List;
import java.util.Map;

/** Reading values out of a stored answer, which is JSON: strings, lists and maps. */
final class Answers {

    private Answers() {
    }

    static String text(Map<String, Object> answer, String key) {
        Object value = answer.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static List<String> texts(Map<String, Object> answer, String key) {
        Object value = answer.get(key);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> answer, String key) {
        Object value = answer.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> answer, String key) {
        Object value = answer.get(key);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
