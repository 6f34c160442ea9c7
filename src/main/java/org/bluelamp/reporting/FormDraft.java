package org.bluelamp.reporting;

import java.util.Map;

/**
 * A public form's answers so far, kept by the module that owns it: each field's cleaned value by the field's id.
 *
 * @param fileKept whether a file sent with the form is kept for it
 */
public record FormDraft(Map<String, String> answers, boolean fileKept) {

    public FormDraft {
        answers = Map.copyOf(answers);
    }

    public String get(String field) {
        return answers.getOrDefault(field, "");
    }
}
