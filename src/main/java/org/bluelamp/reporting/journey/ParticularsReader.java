package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.ReportParticulars;
import org.bluelamp.reporting.SearchForms;
import org.bluelamp.reporting.SubmittedReport.AnsweredQuestion;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A report's particulars, found by the kind of each answer, never by a question's id: email, UK phone, postcode
 * and vehicle-registration inputs wherever they are (a group of fields, a repeating item, a choice's detail, an
 * address); names from text inputs whose autocomplete token is a person's name ({@code name}, or
 * {@code given-name}, {@code additional-name} and {@code family-name} joined in one group); free text from
 * every text and textarea answer as written. Worked out at submission with the definition in hand.
 */
final class ParticularsReader {

    /** Autocomplete tokens for parts of a person's name, in the order they are written. */
    private static final List<String> NAME_PARTS = List.of("honorific-prefix", "given-name", "additional-name",
            "family-name", "honorific-suffix");

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> emails = new LinkedHashSet<>();
    private final Set<String> phones = new LinkedHashSet<>();
    private final Set<String> postcodes = new LinkedHashSet<>();
    private final Set<String> vehicles = new LinkedHashSet<>();
    private final List<String> freeText = new ArrayList<>();

    private ParticularsReader() {
    }

    static ReportParticulars read(List<Question> path, Map<String, Map<String, Object>> answers,
                                  List<AnsweredQuestion> summary) {
        var reader = new ParticularsReader();
        for (Question question : path) {
            var answer = answers.get(question.id());
            if (answer != null) {
                reader.question(question, answer);
            }
        }
        return new ReportParticulars(List.copyOf(reader.names), List.copyOf(reader.emails),
                List.copyOf(reader.phones), List.copyOf(reader.postcodes), List.copyOf(reader.vehicles),
                reader.freeText, account(summary));
    }

    /** Everything the report says, as on "Check your answers": each answer line, one a line. */
    static String account(List<AnsweredQuestion> summary) {
        return String.join("\n", summary.stream().flatMap(q -> q.answer().stream()).toList());
    }

    private void question(Question question, Map<String, Object> answer) {
        switch (question.type()) {
            case "text", "textarea" -> text(answer.get("value")).ifPresent(value -> {
                freeText.add(value);
                if (isName(question.rule("autocomplete"))) {
                    names.add(value);
                }
            });
            case "fields" -> group(question.fields(), answer);
            case "items" -> list(answer.get("items")).forEach(item -> group(question.fields(), map(item)));
            case "radios" -> option(question, text(answer.get("value")).orElse(""))
                    .ifPresent(option -> detail(option, answer.get("detail")));
            case "checkboxes" -> map(answer.get("details")).forEach((value, detail) ->
                    option(question, value).ifPresent(option -> detail(option, detail)));
            case "location" -> location(answer);
            default -> {
                // dates, times, files and signposts hold no particulars; their lines are in the account
            }
        }
    }

    private void group(List<Field> fields, Map<String, Object> values) {
        var nameParts = new ArrayList<String>();
        for (String part : NAME_PARTS) {
            fields.stream().filter(f -> part.equals(f.autocomplete())).findFirst()
                    .flatMap(f -> text(values.get(f.id()))).ifPresent(nameParts::add);
        }
        if (!nameParts.isEmpty()) {
            names.add(String.join(" ", nameParts));
        }
        for (Field field : fields) {
            text(values.get(field.id())).ifPresent(value -> field(field, value));
        }
    }

    private void detail(Option option, Object value) {
        if (option.detail() != null) {
            text(value).ifPresent(text -> field(option.detail(), text));
        }
    }

    /** The location type's own parts: an address (its postcode a postcode) or a description of the place. */
    private void location(Map<String, Object> answer) {
        for (String part : List.of("line1", "line2", "town", "description")) {
            text(answer.get(part)).ifPresent(freeText::add);
        }
        text(answer.get("postcode")).flatMap(SearchForms::postcode).ifPresent(postcodes::add);
    }

    private void field(Field field, String value) {
        switch (field.type()) {
            case "email" -> add(emails, value, SearchForms::email);
            case "uk-phone" -> add(phones, value, SearchForms::phone);
            case "postcode" -> add(postcodes, value, SearchForms::postcode);
            case "vehicle-registration" -> add(vehicles, value, typed -> org.bluelamp.reporting.question.VehicleRegistration.read(typed)
                    .map(plate -> plate.replaceAll("[\\s-]", "")));
            case "text", "textarea" -> {
                freeText.add(value);
                if ("name".equals(field.autocomplete())) {
                    names.add(value);
                }
            }
            default -> {
                // money: in the account, nothing to search by
            }
        }
    }

    private static void add(Set<String> into, String value, Function<String, Optional<String>> form) {
        form.apply(value).ifPresent(into::add);
    }

    private static boolean isName(String autocomplete) {
        return "name".equals(autocomplete);
    }

    private static Optional<Option> option(Question question, String value) {
        return question.options().stream().filter(o -> o.value().equals(value)).findFirst();
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
