package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A single answer typed in: one line ("text") or several, with a character count ("textarea"). */
final class TextQuestion implements QuestionType {

    private final String name;
    private final boolean multiline;

    private TextQuestion(String name, boolean multiline) {
        this.name = name;
        this.multiline = multiline;
    }

    static TextQuestion singleLine() {
        return new TextQuestion("text", false);
    }

    static TextQuestion multiLine() {
        return new TextQuestion("textarea", true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> problemsWith(Question question) {
        var problems = new ArrayList<String>();
        if (!question.optional() && question.error("required") == null) {
            problems.add("needs errors.required, the message when nothing is typed");
        }
        return problems;
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        String text = TextRules.clean(form.get(question.id()), multiline);
        if (text.isEmpty()) {
            return question.optional() ? Parsed.answer(Map.of())
                    : Parsed.invalid(List.of(new ErrorMessage(question.id(), question.error("required"))));
        }
        int max = question.maxLengthOr(multiline ? TextRules.DEFAULT_TEXTAREA_LENGTH : TextRules.DEFAULT_TEXT_LENGTH);
        return TextRules.problem(text, max, question.summaryTitle(), context.texts())
                .map(problem -> Parsed.invalid(List.of(new ErrorMessage(question.id(), problem))))
                .orElseGet(() -> Parsed.answer(Map.of("value", text)));
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        return FormValues.builder().put(question.id(), answer.get("value")).build();
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        String value = Answers.text(answer, "value");
        return value.isEmpty() ? List.of() : List.of(value);
    }
}
