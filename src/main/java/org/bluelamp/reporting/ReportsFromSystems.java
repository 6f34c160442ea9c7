package org.bluelamp.reporting;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.SystemReportRefused.Problem;
import org.bluelamp.reporting.SystemReportRefused.Reason;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.journey.CallDetails;
import org.bluelamp.reporting.journey.OpenDraft;
import org.bluelamp.reporting.journey.QuestionEngine;
import org.bluelamp.reporting.journey.ServiceCatalogue;
import org.bluelamp.reporting.question.FormValues;
import org.bluelamp.reporting.question.InputIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports sent whole by another system (Open311): the services it may send, generated from the definitions, and
 * sending one. Each question on the definition's path is answered through the same {@link QuestionEngine} as the
 * public's journeys and the staff's call screens, read by its type's own parse, so every check is the definition's;
 * the report is then saved by the same submission, with the system's channel, and its contact opened as any other.
 * Nothing is stored unless every answer passes.
 */
@Service
public class ReportsFromSystems {

    private final ServiceCatalogue catalogue;
    private final QuestionEngine engine;
    private final SubmittedReports reports;
    private final LanguageTexts texts;
    private final Clock clock;

    ReportsFromSystems(ServiceCatalogue catalogue, QuestionEngine engine, SubmittedReports reports, LanguageTexts texts,
                       Clock clock) {
        this.catalogue = catalogue;
        this.engine = engine;
        this.reports = reports;
        this.texts = texts;
        this.clock = clock;
    }

    /** The services a system may send, in English, by title: those reported online, but none that needs files. */
    public List<SystemService> services() {
        return offered().stream().map(SystemQuestions::of).toList();
    }

    public Optional<SystemService> service(String serviceId) {
        return find(serviceId).map(SystemQuestions::of);
    }

    private List<ServiceDefinition> offered() {
        return catalogue.forCalls().stream().filter(SystemQuestions::sendable).toList();
    }

    private Optional<ServiceDefinition> find(String serviceId) {
        return offered().stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    /**
     * Answers the service's questions with what the system sent and saves the report, in one transaction.
     *
     * @throws SystemReportRefused    when any answer fails its question's checks: nothing is kept
     * @throws java.util.NoSuchElementException for a service that is not offered ({@link #service} says which are)
     */
    @Transactional
    public SystemReportSent send(SystemReport report) {
        var service = find(report.serviceId()).orElseThrow();
        var english = texts.texts(Language.ENGLISH);
        var sentAt = clock.instant();
        var open = engine.startCall(service, new CallDetails(report.channel(), sentAt, report.sender()));
        var problems = new ArrayList<Problem>();
        for (Question question : service.questions()) {
            if (!engine.applies(open, question)) {
                continue;
            }
            if (engine.endsJourney(question)) {
                problems.add(new Problem(question.showWhen().question(), Reason.ENDS_JOURNEY, question.title()));
                continue;
            }
            open = SystemQuestions.ITEMS.equals(question.type())
                    ? answerItems(service, open, question, report, english, problems)
                    : answerOne(service, open, question, report, english, problems);
        }
        if (problems.isEmpty()) {
            var unanswered = engine.firstToAskOnACall(open);
            unanswered.ifPresent(q -> problems.add(new Problem(q.id(), Reason.ANSWER, q.error("required"))));
        }
        if (!problems.isEmpty()) {
            throw new SystemReportRefused(problems);
        }
        var reference = engine.finishCall(open).orElseThrow();
        return new SystemReportSent(reference, reports.idOf(reference).orElseThrow(), sentAt);
    }

    private OpenDraft answerOne(ServiceDefinition service, OpenDraft open, Question question, SystemReport report,
                                Texts english, List<Problem> problems) {
        if (SystemQuestions.UPLOAD.equals(question.type())) {
            var outcome = engine.answer(open, question, FormValues.EMPTY, List.of(), english, false);
            if (!outcome.valid()) {
                problems.add(new Problem(question.id(), Reason.CANNOT_BE_SENT, null));
                return open;
            }
            return outcome.draft();
        }
        var form = formFor(question, report, problems);
        if (form == null) {
            return open;
        }
        var outcome = engine.answer(open, question, form, List.of(), english, false);
        if (!outcome.valid()) {
            outcome.errors().all().forEach(e -> problems.add(problem(service, e)));
            return open;
        }
        return outcome.draft();
    }

    /** A list of items: the n-th value of each of its inputs makes the n-th item, added one at a time. */
    private OpenDraft answerItems(ServiceDefinition service, OpenDraft open, Question question, SystemReport report,
                                  Texts english, List<Problem> problems) {
        int count = question.fields().stream()
                .mapToInt(f -> report.answers().getOrDefault(InputIds.part(question.id(), f.id()), List.of()).size())
                .max().orElse(0);
        for (int i = 0; i < count; i++) {
            var values = new HashMap<String, List<String>>();
            for (Field field : question.fields()) {
                var sent = report.answers().getOrDefault(InputIds.part(question.id(), field.id()), List.of());
                values.put(InputIds.part(question.id(), field.id()), List.of(i < sent.size() ? sent.get(i) : ""));
            }
            values.put("action", List.of("add"));
            var outcome = engine.answer(open, question, new FormValues(values), List.of(), english, false);
            if (!outcome.valid()) {
                outcome.errors().all().forEach(e -> problems.add(problem(service, e)));
                return open;
            }
            open = outcome.draft();
        }
        var outcome = engine.answer(open, question, FormValues.EMPTY, List.of(), english, false);
        if (!outcome.valid()) {
            outcome.errors().all().forEach(e -> problems.add(problem(service, e)));
            return open;
        }
        return outcome.draft();
    }

    /** The form the public page would have posted for this question; null when a value could not be read. */
    private static FormValues formFor(Question question, SystemReport report, List<Problem> problems) {
        var values = new HashMap<String, List<String>>();
        if (SystemQuestions.standard(question)) {
            var role = AnswerRole.fromCode(question.role()).orElseThrow();
            switch (role) {
                case REPORTER_NAME -> put(values, question.id(), report.name());
                case INCIDENT_DESCRIPTION -> put(values, question.id(), report.description());
                default -> place(values, question, report.place());
            }
            return new FormValues(values);
        }
        var sent = report.answers();
        String id = question.id();
        switch (question.type()) {
            case "fields" -> {
                for (Field field : question.fields()) {
                    String input = InputIds.part(id, field.id());
                    if (AnswerRole.REPORTER_EMAIL.code().equals(field.role())) {
                        put(values, input, report.email());
                    } else if (AnswerRole.REPORTER_PHONE.code().equals(field.role())) {
                        put(values, input, report.phone());
                    } else {
                        values.put(input, sent.getOrDefault(input, List.of()));
                    }
                }
            }
            case "date" -> {
                var value = first(sent, id);
                if (value != null) {
                    var date = date(value);
                    if (date.isEmpty()) {
                        problems.add(new Problem(id, Reason.NOT_A_DATE, null));
                        return null;
                    }
                    put(values, id + "-day", String.valueOf(date.get().getDayOfMonth()));
                    put(values, id + "-month", String.valueOf(date.get().getMonthValue()));
                    put(values, id + "-year", String.valueOf(date.get().getYear()));
                }
            }
            case "when" -> {
                var value = first(sent, id);
                if (value != null) {
                    var at = dateTime(value);
                    if (at.isEmpty()) {
                        problems.add(new Problem(id, Reason.NOT_A_DATE_TIME, null));
                        return null;
                    }
                    String prefix = InputIds.part(id, "exact");
                    put(values, id, "exact");
                    put(values, prefix + "-day", String.valueOf(at.get().getDayOfMonth()));
                    put(values, prefix + "-month", String.valueOf(at.get().getMonthValue()));
                    put(values, prefix + "-year", String.valueOf(at.get().getYear()));
                    put(values, prefix + "-time", "%02d:%02d".formatted(at.get().getHour(), at.get().getMinute()));
                }
            }
            case "location" -> {
                var value = first(sent, id);
                if (value != null) {
                    put(values, id, "description");
                    put(values, InputIds.detail(id, "description"), value);
                }
            }
            default -> {
                values.put(id, sent.getOrDefault(id, List.of()));
                for (Option option : question.options()) {
                    String detail = InputIds.detail(id, option.value());
                    values.put(detail, sent.getOrDefault(detail, List.of()));
                }
            }
        }
        return new FormValues(values);
    }

    /** Where, as the location question's description of the place: the address as sent, then the coordinates. */
    private static void place(Map<String, List<String>> values, Question question, SystemReport.Place place) {
        if (place == null || !place.given()) {
            return;
        }
        var parts = new ArrayList<String>();
        if (place.address() != null && !place.address().isBlank()) {
            parts.add(place.address().strip());
        }
        if (place.latitude() != null && place.longitude() != null) {
            String at = place.latitude() + ", " + place.longitude();
            parts.add(parts.isEmpty() ? at : "(" + at + ")");
        }
        put(values, question.id(), "description");
        put(values, InputIds.detail(question.id(), "description"), String.join(" ", parts));
    }

    private static void put(Map<String, List<String>> values, String name, String value) {
        if (value != null) {
            values.put(name, List.of(value));
        }
    }

    private static String first(Map<String, List<String>> sent, String code) {
        var values = sent.get(code);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return dateTime(value).map(LocalDateTime::toLocalDate);
        }
    }

    /** A moment with its offset, in UK time as the public types it; one without an offset is taken as UK time. */
    private static Optional<LocalDateTime> dateTime(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(LondonTime.ZONE).toLocalDateTime());
        } catch (DateTimeParseException noOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value));
            } catch (DateTimeParseException notAMoment) {
                return Optional.empty();
            }
        }
    }

    /** A check's message, named by what the system sent: a standard part, or the question's code. */
    private static Problem problem(ServiceDefinition service, ErrorMessage error) {
        return new Problem(codeOf(service, error.fieldId()), Reason.ANSWER, error.text());
    }

    static String codeOf(ServiceDefinition service, String inputId) {
        String best = inputId;
        int longest = -1;
        for (Question question : service.questions()) {
            for (Field field : question.fields()) {
                if (InputIds.part(question.id(), field.id()).equals(inputId)) {
                    if (AnswerRole.REPORTER_EMAIL.code().equals(field.role())) {
                        return SystemReport.EMAIL;
                    }
                    if (AnswerRole.REPORTER_PHONE.code().equals(field.role())) {
                        return SystemReport.PHONE;
                    }
                    return inputId;
                }
            }
            for (Option option : question.options()) {
                if (InputIds.detail(question.id(), option.value()).equals(inputId)) {
                    return inputId;
                }
            }
            boolean owns = inputId.equals(question.id()) || inputId.startsWith(question.id() + "-");
            if (owns && question.id().length() > longest) {
                longest = question.id().length();
                best = standardName(question).orElse(question.id());
            }
        }
        return best;
    }

    private static Optional<String> standardName(Question question) {
        if (!SystemQuestions.standard(question)) {
            return Optional.empty();
        }
        return Optional.of(switch (AnswerRole.fromCode(question.role()).orElseThrow()) {
            case REPORTER_NAME -> SystemReport.NAME;
            case INCIDENT_DESCRIPTION -> SystemReport.DESCRIPTION;
            default -> SystemReport.PLACE;
        });
    }
}
