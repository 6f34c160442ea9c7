package org.bluelamp.reporting.journey;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.SafeWindow;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Question;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reporter's name and how they may be reached, read from the answers whose definition gives them a role
 * ({@link AnswerRole}); answers to questions not on the path (a branch not taken) are not there to read.
 */
final class ReporterReader {

    /** The support need that is a request for a BSL interpreter. */
    static final String BSL_INTERPRETER = "bsl";

    private ReporterReader() {
    }

    static Reporter read(List<Question> path, Map<String, Map<String, Object>> answers, boolean anonymous) {
        String name = null;
        EmailAddress email = null;
        UkPhoneNumber phone = null;
        ContactPreference preference = null;
        SafeToContact safety = null;
        List<SafeWindow> safeTimes = List.of();
        boolean bslInterpreter = false;
        for (Question question : path) {
            var answer = answers.getOrDefault(question.id(), Map.of());
            var role = AnswerRole.fromCode(question.role()).orElse(null);
            if (role == AnswerRole.REPORTER_NAME) {
                name = text(answer.get("value")).orElse(name);
            } else if (role == AnswerRole.PREFERRED_CONTACT) {
                preference = text(answer.get("value")).flatMap(ContactPreference::fromCode).orElse(preference);
            } else if (role == AnswerRole.SAFE_TO_CONTACT) {
                safety = text(answer.get("value")).flatMap(SafeToContact::fromCode).orElse(safety);
            } else if (role == AnswerRole.SAFE_TIMES && answer.get("values") instanceof List<?> values) {
                safeTimes = values.stream().flatMap(value -> SafeWindow.fromCode(String.valueOf(value)).stream()).toList();
            } else if (role == AnswerRole.SUPPORT_NEEDS && answer.get("values") instanceof List<?> values) {
                bslInterpreter = values.contains(BSL_INTERPRETER);
            }
            for (Field field : question.fields()) {
                var value = text(answer.get(field.id()));
                switch (AnswerRole.fromCode(field.role()).orElse(AnswerRole.INCIDENT_TIME)) {
                    case REPORTER_NAME -> name = value.orElse(name);
                    case REPORTER_EMAIL -> email = value.flatMap(EmailAddress::parse).orElse(email);
                    case REPORTER_PHONE -> phone = value.flatMap(UkPhoneNumber::parse).orElse(phone);
                    default -> {
                        // other roles belong to whole questions
                    }
                }
            }
        }
        if (anonymous) {
            return new Reporter(null, null, null, null, safety, List.of(), true, bslInterpreter);
        }
        return new Reporter(name, email, phone, preference, safety,
                safety == SafeToContact.CERTAIN_TIMES ? safeTimes : List.of(), false, bslInterpreter);
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
