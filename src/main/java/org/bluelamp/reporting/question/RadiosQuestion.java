package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pick one of several options; an option may reveal a field for more detail. */
final class RadiosQuestion implements QuestionType {

    @Override
    public String name() {
        return "radios";
    }

    @Override
    public List<String> problemsWith(Question question) {
        return ChoiceDetails.problemsWithOptions(question);
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        String value = form.get(question.id());
        var option = question.options().stream().filter(o -> o.value().equals(value)).findFirst();
        if (option.isEmpty()) {
            return question.optional() && value.isEmpty() ? Parsed.answer(Map.of())
                    : Parsed.invalid(List.of(ChoiceDetails.required(question)));
        }
        var answer = new LinkedHashMap<String, Object>();
        answer.put("value", value);
        var errors = new ArrayList<ErrorMessage>();
        readDetail(question, option.get(), form, context, answer, errors);
        return errors.isEmpty() ? Parsed.answer(answer) : Parsed.invalid(errors);
    }

    static void readDetail(Question question, Option option, FormValues form, ParseContext context,
                           Map<String, Object> into, List<ErrorMessage> errors) {
        if (option.detail() == null) {
            return;
        }
        String id = InputIds.detail(question.id(), option.value());
        var detail = FieldReader.read(option.detail(), form.get(id), id, context.texts());
        if (detail.error() != null) {
            errors.add(detail.error());
        } else if (!detail.value().isEmpty()) {
            into.put("detail", detail.value());
        }
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        String value = Answers.text(answer, "value");
        return FormValues.builder()
                .put(question.id(), value)
                .put(InputIds.detail(question.id(), value), answer.get("detail"))
                .build();
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        String value = Answers.text(answer, "value");
        var lines = new ArrayList<String>();
        question.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .ifPresent(o -> lines.add(o.label()));
        String detail = Answers.text(answer, "detail");
        if (!detail.isEmpty()) {
            lines.add(detail);
        }
        return lines;
    }

    @Override
    public List<String> chosen(Map<String, Object> answer) {
        String value = Answers.text(answer, "value");
        return value.isEmpty() ? List.of() : List.of(value);
    }
}
