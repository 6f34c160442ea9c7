package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.List;

/** Definition checks shared by the question types that offer choices. */
final class ChoiceDetails {

    private ChoiceDetails() {
    }

    static List<String> problemsWithOptions(Question question) {
        var problems = new ArrayList<String>();
        if (question.options().size() < 2) {
            problems.add("needs at least two options");
        }
        if (question.options().stream().map(Option::value).distinct().count() != question.options().size()) {
            problems.add("has two options with the same value");
        }
        for (Option option : question.options()) {
            if (option.value() == null || !option.value().matches("[a-z0-9-]+")) {
                problems.add("has an option whose value is not lower-case letters, digits and dashes");
            }
            if (option.label() == null || option.label().isBlank()) {
                problems.add("has an option with no label");
            }
            if (option.detail() != null) {
                problems.addAll(FieldChecks.problemsWith(option.detail(), "the detail of option " + option.value()));
            }
        }
        if (!question.optional() && question.error("required") == null) {
            problems.add("needs errors.required, the message when nothing is chosen");
        }
        return problems;
    }

    static ErrorMessage required(Question question) {
        return new ErrorMessage(question.id(), question.error("required"));
    }
}
