package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list the person builds one entry at a time ("add another"), such as the things stolen. The page lists what
 * has been added, each with a Remove button, above the fields for the next one. The buttons post
 * {@code action=add}, {@code action=continue} or {@code action=remove-N}. Changing item N shows the page with
 * {@code entry=N}, its fields filled in, and a Save button posting {@code action=save}.
 */
final class ItemsQuestion implements QuestionType {

    static final int DEFAULT_MAX_ITEMS = 20;
    /** The request parameter naming the entry being changed. */
    public static final String ENTRY = "entry";

    @Override
    public String name() {
        return "items";
    }

    @Override
    public List<String> problemsWith(Question question) {
        var problems = new ArrayList<String>();
        if (question.fields().isEmpty()) {
            problems.add("needs at least one field for each item");
        }
        question.fields().forEach(f -> problems.addAll(FieldChecks.problemsWith(f, "field " + f.id())));
        if (question.itemName() == null) {
            problems.add("needs itemName, what one entry is called");
        }
        if (!question.optional() && question.error("required") == null) {
            problems.add("needs errors.required, the message when nothing has been added");
        }
        return problems;
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        var items = new ArrayList<>(items(saved));
        String action = form.get("action");
        if (action.startsWith("remove-")) {
            int index = parseIndex(action.substring("remove-".length()));
            if (index >= 0 && index < items.size()) {
                items.remove(index);
            }
            return new Parsed(answer(items), FormErrors.NONE, true);
        }
        if ("save".equals(action)) {
            return change(question, items, parseIndex(form.get(ENTRY)), form, context);
        }
        boolean typedSomething = question.fields().stream()
                .anyMatch(f -> !form.get(InputIds.part(question.id(), f.id())).isBlank());
        if (typedSomething || "add".equals(action)) {
            if (items.size() >= maxItems(question)) {
                return Parsed.invalid(List.of(new ErrorMessage(InputIds.part(question.id(),
                        question.fields().getFirst().id()), context.texts().t("validation.items.too-many",
                        maxItems(question), question.itemName()))));
            }
            var errors = new ArrayList<ErrorMessage>();
            var item = FieldsQuestion.readFields(question, question.fields(), form, context.texts(), errors);
            if (!errors.isEmpty()) {
                return Parsed.invalid(errors);
            }
            items.add(item);
            return new Parsed(answer(items), FormErrors.NONE, "add".equals(action));
        }
        if (items.isEmpty() && !question.optional()) {
            return Parsed.invalid(List.of(new ErrorMessage(InputIds.part(question.id(),
                    question.fields().getFirst().id()), question.error("required"))));
        }
        return Parsed.answer(answer(items));
    }

    /** Saves the fields over the item being changed, then shows the list again. */
    private static Parsed change(Question question, List<Map<String, Object>> items, int index, FormValues form,
                                 ParseContext context) {
        if (index < 0 || index >= items.size()) {
            return new Parsed(answer(items), FormErrors.NONE, true); // removed meanwhile, e.g. in another tab
        }
        var errors = new ArrayList<ErrorMessage>();
        var item = FieldsQuestion.readFields(question, question.fields(), form, context.texts(), errors);
        if (!errors.isEmpty()) {
            return Parsed.invalid(errors);
        }
        items.set(index, item);
        return new Parsed(answer(items), FormErrors.NONE, true);
    }

    @Override
    public FormValues entryForm(Question question, Map<String, Object> answer, String key) {
        var items = items(answer);
        int index = parseIndex(key);
        if (index < 0 || index >= items.size()) {
            return FormValues.EMPTY;
        }
        var form = FormValues.builder();
        question.fields().forEach(f -> form.put(InputIds.part(question.id(), f.id()), items.get(index).get(f.id())));
        return form.build();
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static int maxItems(Question question) {
        return question.maxItems() != null ? question.maxItems() : DEFAULT_MAX_ITEMS;
    }

    private static Map<String, Object> answer(List<Map<String, Object>> items) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("items", List.copyOf(items));
        return answer;
    }

    static List<Map<String, Object>> items(Map<String, Object> answer) {
        return Answers.maps(answer, "items");
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        return FormValues.EMPTY; // the inputs are always for the next item; the added ones are listed above them
    }

    @Override
    public List<AddedEntry> added(Question question, Map<String, Object> answer, Texts texts) {
        var items = items(answer);
        var added = new ArrayList<AddedEntry>();
        for (int i = 0; i < items.size(); i++) {
            added.add(new AddedEntry(describe(question, items.get(i)), String.valueOf(i)));
        }
        return added;
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        return items(answer).stream().map(item -> describe(question, item)).toList();
    }

    /** One item on a line, its values joined: "Black mountain bike, £450.00". */
    static String describe(Question question, Map<String, Object> item) {
        var parts = new ArrayList<String>();
        for (Field field : question.fields()) {
            String value = Answers.text(item, field.id());
            if (!value.isEmpty()) {
                parts.add(FieldReader.display(field, value));
            }
        }
        return String.join(", ", parts);
    }
}
