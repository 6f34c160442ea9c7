package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tick all that apply; an option may reveal a field for more detail, or stand alone ("None of these"). */
final class CheckboxesQuestion implements QuestionType {

    @Override
    public String name() {
        return "checkboxes";
    }

    @Override
    public List<String> problemsWith(Question question) {
        return ChoiceDetails.problemsWithOptions(question);
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        var ticked = form.all(question.id());
        var chosen = question.options().stream().filter(o -> ticked.contains(o.value())).toList();
        if (chosen.isEmpty()) {
            return question.optional() && ticked.isEmpty() ? Parsed.answer(Map.of())
                    : Parsed.invalid(List.of(ChoiceDetails.required(question)));
        }
        var exclusive = chosen.stream().filter(Option::exclusive).findFirst();
        if (exclusive.isPresent() && chosen.size() > 1) {
            return Parsed.invalid(List.of(new ErrorMessage(question.id(),
                    context.texts().t("validation.checkboxes.exclusive", exclusive.get().label()))));
        }
        var errors = new ArrayList<ErrorMessage>();
        var details = new LinkedHashMap<String, Object>();
        for (Option option : chosen) {
            var detail = new LinkedHashMap<String, Object>();
            RadiosQuestion.readDetail(question, option, form, context, detail, errors);
            if (detail.containsKey("detail")) {
                details.put(option.value(), detail.get("detail"));
            }
        }
        var answer = new LinkedHashMap<String, Object>();
        answer.put("values", chosen.stream().map(Option::value).toList());
        answer.put("details", details);
        return errors.isEmpty() ? Parsed.answer(answer) : Parsed.invalid(errors);
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        var form = FormValues.builder().put(question.id(), Answers.texts(answer, "values"));
        Answers.map(answer, "details").forEach((value, detail) ->
                form.put(InputIds.detail(question.id(), value), detail));
        return form.build();
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        var values = Answers.texts(answer, "values");
        var details = Answers.map(answer, "details");
        var lines = new ArrayList<String>();
        for (Option option : question.options()) {
            if (values.contains(option.value())) {
                Object detail = details.get(option.value());
                lines.add(detail == null ? option.label() : option.label() + ": " + detail);
            }
        }
        return lines;
    }

    @Override
    public List<String> chosen(Map<String, Object> answer) {
        return Answers.texts(answer, "values");
    }
}
