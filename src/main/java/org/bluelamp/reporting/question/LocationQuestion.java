package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where something happened: a UK address with its postcode, or a description of the place. */
final class LocationQuestion implements QuestionType {

    @Override
    public String name() {
        return "location";
    }

    /** The address inputs, labelled from the messages so every location page reads the same. */
    static List<Field> addressFields(Texts texts) {
        return List.of(
                new Field("line1", "text", texts.t("location.line1"), null, false, 100, "address-line1", null,
                        Map.of("required", texts.t("location.line1.required"))),
                new Field("line2", "text", texts.t("location.line2"), null, true, 100, "address-line2", null, Map.of()),
                new Field("town", "text", texts.t("location.town"), null, false, 60, "address-level2",
                        "two-thirds", Map.of("required", texts.t("location.town.required"))),
                new Field("postcode", "postcode", texts.t("location.postcode"), null, false, 10, "postal-code", "10",
                        Map.of("required", texts.t("location.postcode.required"))));
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
        switch (kind) {
            case "address" -> answer.putAll(FieldsQuestion.readFields(question, addressFields(texts), form, texts, errors));
            case "description" -> {
                String detailId = InputIds.detail(id, "description");
                var field = new Field("description", "textarea", texts.t("location.description"), null, false, 500,
                        null, null, Map.of("required", texts.t("location.description.required")));
                var result = FieldReader.read(field, form.get(detailId), detailId, texts);
                if (result.error() != null) {
                    errors.add(result.error());
                } else {
                    answer.put("description", result.value());
                }
            }
            default -> errors.add(new ErrorMessage(id, question.error("required")));
        }
        answer.put("kind", kind);
        return errors.isEmpty() ? Parsed.answer(answer) : Parsed.invalid(errors);
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        String id = question.id();
        var form = FormValues.builder().put(id, answer.get("kind"))
                .put(InputIds.detail(id, "description"), answer.get("description"));
        for (String part : List.of("line1", "line2", "town", "postcode")) {
            form.put(InputIds.part(id, part), answer.get(part));
        }
        return form.build();
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        if ("description".equals(Answers.text(answer, "kind"))) {
            return List.of(Answers.text(answer, "description"));
        }
        return List.of("line1", "line2", "town", "postcode").stream()
                .map(part -> Answers.text(answer, part)).filter(s -> !s.isEmpty()).toList();
    }
}
