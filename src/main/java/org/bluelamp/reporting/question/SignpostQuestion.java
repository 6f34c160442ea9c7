package org.bluelamp.reporting.question;

import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not a question: advice that ends the journey, such as "call 999 now" or "report this to your council
 * instead", with a link. It is never answered, so someone who reaches it cannot go on to send the report.
 */
final class SignpostQuestion implements QuestionType {

    @Override
    public String name() {
        return "signpost";
    }

    @Override
    public boolean endsJourney() {
        return true;
    }

    @Override
    public List<String> problemsWith(Question question) {
        var problems = new ArrayList<String>();
        if (question.body().isEmpty()) {
            problems.add("needs body, the advice to give");
        }
        if (question.showWhen() == null) {
            problems.add("needs showWhen: a signpost everyone reaches would end every report");
        }
        if (question.link() != null && (question.link().url() == null || !question.link().url().startsWith("https://")
                || question.link().label() == null || question.link().label().isBlank())) {
            problems.add("link needs an https url and a label");
        }
        return problems;
    }

    @Override
    public Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context) {
        throw new UnsupportedOperationException("A signpost has no answer");
    }

    @Override
    public FormValues toForm(Question question, Map<String, Object> answer) {
        return FormValues.EMPTY;
    }

    @Override
    public List<String> summarise(Question question, Map<String, Object> answer, Texts texts) {
        return List.of();
    }
}
