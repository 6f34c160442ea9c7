package org.bluelamp.reporting;

import org.bluelamp.reporting.SystemQuestion.AskedWhen;
import org.bluelamp.reporting.SystemQuestion.Choice;
import org.bluelamp.reporting.SystemQuestion.Kind;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.InputIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a system may answer of a definition, read from its questions: each question's inputs as the public form names
 * them, so a value sent for a code is exactly what the public form would have posted. Questions and inputs whose role
 * is a standard part of a {@link SystemReport} (name, email, phone, what happened, where) are left to those parts;
 * files cannot be sent.
 */
final class SystemQuestions {

    static final String UPLOAD = "upload";
    static final String ITEMS = "items";
    private static final Set<String> STANDARD_QUESTION_ROLES = Set.of(AnswerRole.REPORTER_NAME.code(),
            AnswerRole.INCIDENT_DESCRIPTION.code(), AnswerRole.INCIDENT_LOCATION.code());
    private static final Set<String> STANDARD_FIELD_ROLES = Set.of(AnswerRole.REPORTER_EMAIL.code(),
            AnswerRole.REPORTER_PHONE.code());

    private SystemQuestions() {
    }

    /** Whether a system can send reports of this service: none of its questions that must be answered takes files. */
    static boolean sendable(ServiceDefinition service) {
        return service.questions().stream().noneMatch(q -> UPLOAD.equals(q.type()) && !q.optional());
    }

    static SystemService of(ServiceDefinition service) {
        var questions = new ArrayList<SystemQuestion>();
        for (Question question : service.questions()) {
            if (standard(question) || UPLOAD.equals(question.type()) || "signpost".equals(question.type())) {
                continue;
            }
            questions.addAll(of(service, question));
        }
        return new SystemService(service.id(), service.title(), service.summary(), service.group(),
                locationQuestion(service).isPresent(), questions);
    }

    /** Whether a standard part of a system's report answers this question rather than a code of its own. */
    static boolean standard(Question question) {
        return question.role() != null && STANDARD_QUESTION_ROLES.contains(question.role())
                && AnswerRole.fromCode(question.role()).filter(r -> r.fitsQuestion(question.type())).isPresent();
    }

    static boolean standard(Field field) {
        return field.role() != null && STANDARD_FIELD_ROLES.contains(field.role());
    }

    static Optional<Question> withRole(ServiceDefinition service, AnswerRole role) {
        return service.questions().stream().filter(q -> role.code().equals(q.role()) && standard(q)).findFirst();
    }

    static Optional<Question> locationQuestion(ServiceDefinition service) {
        return withRole(service, AnswerRole.INCIDENT_LOCATION);
    }

    private static List<SystemQuestion> of(ServiceDefinition service, Question question) {
        boolean always = question.showWhen() == null;
        var asked = askedWhen(question);
        var list = new ArrayList<SystemQuestion>();
        switch (question.type()) {
            case "radios", "checkboxes" -> {
                list.add(new SystemQuestion(question.id(), "radios".equals(question.type()) ? Kind.ONE_OF : Kind.ANY_OF,
                        always && !question.optional(), question.title(), question.hint(), null,
                        choices(service, question), asked, false));
                for (Option option : question.options()) {
                    if (option.detail() != null && !endsJourney(service, question, option)) {
                        var detail = option.detail();
                        list.add(new SystemQuestion(InputIds.detail(question.id(), option.value()), kind(detail),
                                false, detail.label(), detail.hint(), detail.maxLength(), List.of(),
                                new AskedWhen(question.id(), List.of(option.value())), false));
                    }
                }
            }
            case "fields", ITEMS -> {
                boolean items = ITEMS.equals(question.type());
                for (Field field : question.fields()) {
                    if (standard(field)) {
                        continue;
                    }
                    list.add(new SystemQuestion(InputIds.part(question.id(), field.id()), kind(field),
                            always && !question.optional() && !field.optional(),
                            items ? question.title() + " " + field.label() : field.label(),
                            field.hint(), field.maxLength(), List.of(), asked, items));
                }
            }
            case "date" -> list.add(new SystemQuestion(question.id(), Kind.DATE, always && !question.optional(),
                    question.title(), question.hint(), null, List.of(), asked, false));
            case "when" -> list.add(new SystemQuestion(question.id(), Kind.DATE_TIME, always && !question.optional(),
                    question.title(), question.hint(), null, List.of(), asked, false));
            case "location", "textarea" -> list.add(new SystemQuestion(question.id(), Kind.TEXT,
                    always && !question.optional(), question.title(), question.hint(), question.maxLength(),
                    List.of(), asked, false));
            default -> list.add(new SystemQuestion(question.id(), Kind.STRING, always && !question.optional(),
                    question.title(), question.hint(), question.maxLength(), List.of(), asked, false));
        }
        return list;
    }

    private static Kind kind(Field field) {
        return switch (field.type()) {
            case "textarea" -> Kind.TEXT;
            case "money" -> Kind.NUMBER;
            default -> Kind.STRING;
        };
    }

    private static AskedWhen askedWhen(Question question) {
        var condition = question.showWhen();
        return condition == null || condition.or() != null ? null
                : new AskedWhen(condition.question(), condition.values());
    }

    private static List<Choice> choices(ServiceDefinition service, Question question) {
        return question.options().stream().filter(o -> !endsJourney(service, question, o))
                .map(o -> new Choice(o.value(), o.label())).toList();
    }

    /** Whether choosing this option leads straight to a signpost, so the public could not send the report. */
    static boolean endsJourney(ServiceDefinition service, Question question, Option option) {
        return service.questions().stream().filter(q -> "signpost".equals(q.type()) && q.showWhen() != null)
                .map(Question::showWhen)
                .anyMatch(c -> c.or() == null && c.question().equals(question.id())
                        && c.values().contains(option.value()));
    }
}
