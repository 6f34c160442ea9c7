package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.SafeWindow;
import org.bluelamp.reporting.SupportNeed;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checks the roles a definition gives its answers: each known, given once, on a question or input of a type that can
 * hold it, with option values other modules can read.
 */
final class RoleChecker {

    private RoleChecker() {
    }

    static void check(List<Question> questions, List<String> problems) {
        var found = new EnumMap<AnswerRole, String>(AnswerRole.class);
        for (Question question : questions) {
            String where = "question '" + question.id() + "'";
            if (question.role() != null) {
                role(question.role(), where, problems).ifPresent(role -> {
                    if (!role.fitsQuestion(question.type())) {
                        problems.add(where + ": role '" + role.code() + "' cannot be given to a " + question.type()
                                + " question");
                    }
                    checkOptions(role, question, where, problems);
                    once(role, where, found, problems);
                });
            }
            for (Field field : question.fields()) {
                if (field.role() != null) {
                    String fieldWhere = where + ", input '" + field.id() + "'";
                    role(field.role(), fieldWhere, problems).ifPresent(role -> {
                        if (!role.fitsField(field.type())) {
                            problems.add(fieldWhere + ": role '" + role.code() + "' cannot be given to a "
                                    + field.type() + " input");
                        }
                        if (!"fields".equals(question.type())) {
                            problems.add(fieldWhere + ": roles are given to inputs of a group of fields only");
                        }
                        once(role, fieldWhere, found, problems);
                    });
                }
            }
        }
        if (found.containsKey(AnswerRole.SAFE_TIMES) && !found.containsKey(AnswerRole.SAFE_TO_CONTACT)) {
            problems.add("role 'safe-times' needs a question with the role 'safe-to-contact'");
        }
    }

    private static Optional<AnswerRole> role(String code, String where, List<String> problems) {
        var role = AnswerRole.fromCode(code);
        if (role.isEmpty()) {
            problems.add(where + ": role '" + code + "' is not one of "
                    + Arrays.stream(AnswerRole.values()).map(AnswerRole::code).toList());
        }
        return role;
    }

    private static void once(AnswerRole role, String where, Map<AnswerRole, String> found, List<String> problems) {
        String before = found.putIfAbsent(role, where);
        if (before != null) {
            problems.add(where + ": role '" + role.code() + "' is already given to " + before);
        }
    }

    private static void checkOptions(AnswerRole role, Question question, String where, List<String> problems) {
        Predicate<String> known = switch (role) {
            case PREFERRED_CONTACT -> value -> ContactPreference.fromCode(value).isPresent();
            case SAFE_TO_CONTACT -> value -> SafeToContact.fromCode(value).isPresent();
            case SAFE_TIMES -> value -> SafeWindow.fromCode(value).isPresent();
            case SUPPORT_NEEDS -> value -> SupportNeed.fromCode(value).isPresent();
            default -> value -> true;
        };
        for (Option option : question.options()) {
            if (!known.test(option.value())) {
                problems.add(where + ": option '" + option.value() + "' means nothing for role '" + role.code() + "'");
            }
        }
    }
}
