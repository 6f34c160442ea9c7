package org.bluelamp.reporting.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A public form that is not a report (asking for the information we hold about you), read from
 * {@code forms/<id>.yaml}: its steps in order, each a group of fields read by name. The form engine asks, reads, checks
 * and keeps it across pages as the question engine does a report's questions; the module that owns it (its
 * {@code reporting.FormHandler}) checks the rules across fields and stores what is sent, so it is never a report, a
 * contact, or counted as either.
 *
 * @param path      where its pages are: the start page; each step is {@code <path>/<step id>}, then {@code <path>/check}
 * @param questions its steps, in order
 * @param errors    message keys for what the engine checks in every field: {@code characters}, for symbols or hidden
 *                  characters nobody types on purpose (each field's own checks name theirs in its {@code errors})
 */
public record FormDefinition(String id, int version, String title, String path, List<Question> questions,
                             Map<String, String> errors) {

    public FormDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
        errors = errors == null ? Map.of() : Map.copyOf(errors);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
