package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A few inputs that belong together on one page, such as an address or how to contact someone.
 * {@code rules: {atLeastOne: "email,phone"}} asks for at least one of those fields.
 */
final class FieldsQuestion implements QuestionType {

    @Override
    public String name() {
        return "fields";
    }

    @Override
    public List<String> problemsWith(Question question) {
        var problems = new ArrayList<String>();
        if (question.fields().isEmpty()) {
            problems.add("needs at least one field");
        }
        if (question.fields().stream().map(Field::id).distinct().count() != question.fields().size()) {
            problems.add("has two fields with the same id");
        }
        question.fields().forEach(f -> problems.addAll(FieldChecks.problemsWith(f, "field " + f.id())));
        String atLeastOne = question.rule("atLeastOne");
        if (atLeastOne != null) {
            var ids = question.fields().stream().map(Field::id).toList();
            if (!ids.containsAll(Arrays.asList(atLeastOne.split(",")))) {
                problems.add("rules.atLeastOne names a field that does not exist");
            }
            if (question.error("atLeastOne") == null) {
                problems.add("needs errors.atLeastOne");
            }
        }
        return problems;
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        var errors = new ArrayList<ErrorMessage>();
        var values = readFields(question, question.fields(), form, context.texts(), errors);
        String atLeastOne = question.rule("atLeastOne");
        if (atLeastOne != null && errors.isEmpty()) {
            var ids = Arrays.asList(atLeastOne.split(","));
            if (ids.stream().allMatch(id -> values.get(id) == null)) {
                errors.add(new ErrorMessage(InputIds.part(question.id(), ids.getFirst()),
                        question.error("atLeastOne")));
            }
        }
        return errors.isEmpty() ? Parsed.answer(values) : Parsed.invalid(errors);
    }

    /** Reads each field from inputs named {@code <question>-<field>}, keeping the non-blank values. */
    static Map<String, Object> readFields(Question question, List<Field> fields, FormValues form, Texts texts,
                                          List<ErrorMessage> errors) {
        var values = new LinkedHashMap<String, Object>();
        for (Field field : fields) {
            String inputId = InputIds.part(question.id(), field.id());
            var result = FieldReader.read(field, form.get(inputId), inputId, texts);
            if (result.error() != null) {
                errors.add(result.error());
            } else if (!result.value().isEmpty()) {
                values.put(field.id(), result.value());
            }
        }
        return values;
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        var form = FormValues.builder();
        answer.forEach((fieldId, value) -> form.put(InputIds.part(question.id(), fieldId), value));
        return form.build();
    }

    /** "Height (optional): ", but "What were they wearing? " rather than a question mark and a colon. */
    private static String labelFor(Field field) {
        return field.label().endsWith("?") ? field.label() + " " : field.label() + ": ";
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        boolean labelled = !"values".equals(question.rule("summary"));
        var lines = new ArrayList<String>();
        for (Field field : question.fields()) {
            String value = Answers.text(answer, field.id());
            if (!value.isEmpty()) {
                String shown = FieldReader.display(field, value);
                lines.add(labelled ? labelFor(field) + shown : shown);
            }
        }
        return lines;
    }
}
