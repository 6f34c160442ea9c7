package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.definition.Condition;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The path through a definition for a given set of answers: which questions apply, which come next, and which
 * answers no longer count because the question they answer no longer applies.
 */
final class Journey {

    private final ServiceDefinition definition;
    private final QuestionTypes types;

    Journey(ServiceDefinition definition, QuestionTypes types) {
        this.definition = definition;
        this.types = types;
    }

    boolean applies(Question question, Map<String, Map<String, Object>> answers) {
        return question.showWhen() == null || holds(question.showWhen(), answers);
    }

    /** Whether the reporter chose to stay anonymous, so nobody will contact them. */
    boolean anonymous(Map<String, Map<String, Object>> answers) {
        return definition.anonymousWhen() != null && holds(definition.anonymousWhen(), answers);
    }

    /** Whether every one of these conditions holds for the answers. */
    boolean allHold(List<Condition> conditions, Map<String, Map<String, Object>> answers) {
        return conditions.stream().allMatch(condition -> holds(condition, answers));
    }

    private boolean holds(Condition condition, Map<String, Map<String, Object>> answers) {
        var source = answers.get(condition.question());
        if (source != null && condition.holdsFor(
                types.of(definition.question(condition.question()).orElseThrow()).chosen(source))) {
            return true;
        }
        return condition.or() != null && holds(condition.or(), answers);
    }

    /** The questions that apply, in order. */
    List<Question> path(Map<String, Map<String, Object>> answers) {
        return definition.questions().stream().filter(q -> applies(q, answers)).toList();
    }

    /** The answers without those to questions that no longer apply, or that the definition no longer has. */
    Map<String, Map<String, Object>> prune(Map<String, Map<String, Object>> answers) {
        var kept = new LinkedHashMap<String, Map<String, Object>>();
        for (Question question : definition.questions()) {
            if (answers.containsKey(question.id()) && applies(question, kept)) {
                kept.put(question.id(), answers.get(question.id()));
            }
        }
        return kept;
    }

    Optional<Question> firstUnanswered(Map<String, Map<String, Object>> answers) {
        return path(answers).stream().filter(q -> !answers.containsKey(q.id())).findFirst();
    }

    boolean complete(Map<String, Map<String, Object>> answers) {
        return firstUnanswered(answers).isEmpty();
    }

    /**
     * For a call logged by staff: the first question still to ask, passing signposts. The handler is warned where
     * a member of the public would have been signposted away, and decides what to do while the call goes on.
     */
    Optional<Question> firstToAskOnACall(Map<String, Map<String, Object>> answers) {
        return path(answers).stream().filter(q -> !types.of(q).endsJourney() && !answers.containsKey(q.id()))
                .findFirst();
    }

    Optional<Question> after(Question question, Map<String, Map<String, Object>> answers) {
        var path = path(answers);
        int index = indexOf(path, question);
        return index >= 0 && index + 1 < path.size() ? Optional.of(path.get(index + 1)) : Optional.empty();
    }

    Optional<Question> before(Question question, Map<String, Map<String, Object>> answers) {
        var path = path(answers);
        int index = indexOf(path, question);
        return index > 0 ? Optional.of(path.get(index - 1)) : Optional.empty();
    }

    /** A page may be shown once it applies and everything before it has been answered: no skipping ahead. */
    boolean canVisit(Question question, Map<String, Map<String, Object>> answers) {
        for (Question q : path(answers)) {
            if (q.id().equals(question.id())) {
                return true;
            }
            if (!answers.containsKey(q.id())) {
                return false;
            }
        }
        return false;
    }

    private static int indexOf(List<Question> path, Question question) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).id().equals(question.id())) {
                return i;
            }
        }
        return -1;
    }
}
