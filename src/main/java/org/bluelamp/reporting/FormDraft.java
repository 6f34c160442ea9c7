package org.bluelamp.reporting;

import java.util.Map;

/**
 * A public form's answers so far, kept by the module that owns it: each field's cleaned value by the field's id.
 *
 * @param keptFile the name of the file sent with the form and kept for it; null for none
 * @param sent     whether the form has been sent
 */
public record FormDraft(Map<String, String> answers, String keptFile, boolean sent) {

    public FormDraft {
        answers = Map.copyOf(answers);
    }

    public String get(String field) {
        return answers.getOrDefault(field, "");
    }

    public boolean fileKept() {
        return keptFile != null;
    }

    /** The same draft with other answers: a step's, merged with those before. */
    public FormDraft with(Map<String, String> otherAnswers) {
        return new FormDraft(otherAnswers, keptFile, sent);
    }
}
