package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A date in day, month and year boxes, such as a date of birth; {@code rules: {past: true}} forbids the future. */
final class DateQuestion implements QuestionType {

    @Override
    public String name() {
        return "date";
    }

    @Override
    public List<String> problemsWith(Question question) {
        var problems = new ArrayList<String>();
        if (question.error("required") == null) {
            problems.add("needs errors.required, the message when no date is given");
        }
        return problems;
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        var result = DateReader.read(form, question.id(), question.summaryTitle(), question.error("required"),
                context.texts());
        if (result.error() != null) {
            return Parsed.invalid(List.of(result.error()));
        }
        if ("true".equals(question.rule("past")) && result.date().isAfter(context.now().toLocalDate())) {
            return Parsed.invalid(List.of(new ErrorMessage(question.id() + "-day",
                    context.texts().t("validation.date.future", question.summaryTitle()))));
        }
        return Parsed.answer(Map.of("date", result.date().toString()));
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        String iso = Answers.text(answer, "date");
        if (iso.isEmpty()) {
            return FormValues.EMPTY;
        }
        var date = LocalDate.parse(iso);
        return FormValues.builder()
                .put(question.id() + "-day", date.getDayOfMonth())
                .put(question.id() + "-month", date.getMonthValue())
                .put(question.id() + "-year", date.getYear())
                .build();
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        String iso = Answers.text(answer, "date");
        return iso.isEmpty() ? List.of() : List.of(texts.dates().date(LocalDate.parse(iso)));
    }
}
