package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Question;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When something happened: at a date and time, some time between two, or "I don't know exactly" with words.
 * Never in the future.
 */
final class WhenQuestion implements QuestionType {

    @Override
    public String name() {
        return "when";
    }

    @Override
    public List<String> problemsWith(Question question) {
        return question.error("required") == null
                ? List.of("needs errors.required, the message when no choice is made") : List.of();
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        String id = question.id();
        Texts texts = context.texts();
        var errors = new ArrayList<ErrorMessage>();
        var answer = new LinkedHashMap<String, Object>();
        String kind = form.get(id);
        answer.put("kind", kind);
        switch (kind) {
            case "exact" -> readMoment(form, id, "exact", context, errors)
                    .ifPresent(at -> answer.put("at", at.toString()));
            case "between" -> {
                var from = readMoment(form, id, "from", context, errors);
                var to = readMoment(form, id, "to", context, errors);
                if (from.isPresent() && to.isPresent()) {
                    if (!from.get().isBefore(to.get())) {
                        errors.add(new ErrorMessage(InputIds.part(id, "to-day"), texts.t("validation.when.order")));
                    }
                    answer.put("from", from.get().toString());
                    answer.put("to", to.get().toString());
                }
            }
            case "unknown" -> {
                String detailId = InputIds.detail(id, "unknown");
                String detail = TextRules.clean(form.get(detailId), true);
                TextRules.problem(detail, TextRules.DEFAULT_TEXT_LENGTH * 2, texts.t("when.unknown.name"), texts)
                        .ifPresent(problem -> errors.add(new ErrorMessage(detailId, problem)));
                if (!detail.isEmpty()) {
                    answer.put("detail", detail);
                }
            }
            default -> errors.add(new ErrorMessage(id, question.error("required")));
        }
        return errors.isEmpty() ? Parsed.answer(answer) : Parsed.invalid(errors);
    }

    /** A date in boxes and a typed time, checked to be real and not in the future. */
    private static Optional<LocalDateTime> readMoment(FormValues form, String questionId, String moment,
                                                      ParseContext context, List<ErrorMessage> errors) {
        Texts texts = context.texts();
        String prefix = InputIds.part(questionId, moment);
        String messages = "validation.when." + moment;
        var date = DateReader.read(form, prefix, texts.t("when." + moment + ".name"),
                texts.t(messages + ".date-required"), texts);
        if (date.error() != null) {
            errors.add(date.error());
            return Optional.empty();
        }
        String timeId = prefix + "-time";
        String typedTime = form.get(timeId);
        Optional<LocalTime> time = typedTime.isBlank() ? Optional.empty() : DateReader.time(typedTime);
        if (time.isEmpty()) {
            errors.add(new ErrorMessage(timeId, texts.t(messages + (typedTime.isBlank() ? ".time-required" : ".time-format"))));
            return Optional.empty();
        }
        var at = LocalDateTime.of(date.date(), time.get());
        if (at.isAfter(context.now())) {
            errors.add(new ErrorMessage(prefix + "-day", texts.t(messages + ".future")));
            return Optional.empty();
        }
        return Optional.of(at);
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        String id = question.id();
        var form = FormValues.builder().put(id, answer.get("kind"))
                .put(InputIds.detail(id, "unknown"), answer.get("detail"));
        putMoment(form, InputIds.part(id, "exact"), Answers.text(answer, "at"));
        putMoment(form, InputIds.part(id, "from"), Answers.text(answer, "from"));
        putMoment(form, InputIds.part(id, "to"), Answers.text(answer, "to"));
        return form.build();
    }

    private static void putMoment(FormValues.Builder form, String prefix, String iso) {
        if (iso.isEmpty()) {
            return;
        }
        var moment = LocalDateTime.parse(iso);
        form.put(prefix + "-day", moment.getDayOfMonth()).put(prefix + "-month", moment.getMonthValue())
                .put(prefix + "-year", moment.getYear()).put(prefix + "-time", DateReader.typedTime(moment.toLocalTime()));
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        return switch (Answers.text(answer, "kind")) {
            case "exact" -> List.of(texts.t("when.summary.exact", moment(Answers.text(answer, "at"), texts)));
            case "between" -> List.of(texts.t("when.summary.between", moment(Answers.text(answer, "from"), texts),
                    moment(Answers.text(answer, "to"), texts)));
            case "unknown" -> {
                var lines = new ArrayList<String>();
                lines.add(texts.t("when.unknown.label"));
                String detail = Answers.text(answer, "detail");
                if (!detail.isEmpty()) {
                    lines.add(detail);
                }
                yield lines;
            }
            default -> List.of();
        };
    }

    private static String moment(String iso, Texts texts) {
        var at = LocalDateTime.parse(iso);
        return texts.dates().date(at.toLocalDate()) + ", " + texts.dates().clockTime(at.toLocalTime());
    }

    @Override
    public List<String> chosen(Map<String, Object> answer) {
        String kind = Answers.text(answer, "kind");
        return kind.isEmpty() ? List.of() : List.of(kind);
    }
}
