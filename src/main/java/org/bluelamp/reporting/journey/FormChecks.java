package org.bluelamp.reporting.journey;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.PublicText;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a public form's definition states for a step, applied in the order of its fields, one message a field:
 * at least one of some fields ({@code rules.atLeastOne}), a choice's values, required, {@code maxLength}, and the
 * format of an email address, a UK phone number or a postcode. Each message is a key the definition names in the
 * field's {@code errors} ({@code choice}, {@code required}, {@code too-long} with the length, {@code format}), so a
 * form keeps its own wording. A field with {@code showWhen} is checked only while the field it names has one of those
 * values. Date parts and rules across fields are the owning module's ({@link org.bluelamp.reporting.FormHandler}).
 */
final class FormChecks {

    static final Set<String> FORMATTED = Set.of("email", "uk-phone", "postcode");
    static final Set<String> TYPED = Set.of("text", "textarea", "email", "uk-phone", "postcode");

    /** A UK postcode as people type it: any case, the space optional. */
    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    private FormChecks() {
    }

    static List<ErrorMessage> check(Question step, Map<String, String> answers, Texts texts) {
        var errors = new ArrayList<ErrorMessage>();
        var atLeastOne = atLeastOne(step);
        for (Field field : step.fields()) {
            if (!atLeastOne.isEmpty() && atLeastOne.getFirst().equals(field.id())
                    && atLeastOne.stream().allMatch(id -> value(answers, id).isEmpty())) {
                errors.add(new ErrorMessage(field.id(), texts.t(step.error("atLeastOne"))));
            }
            if (applies(field, answers)) {
                problem(field, value(answers, field.id()), texts)
                        .ifPresent(message -> errors.add(new ErrorMessage(field.id(), message)));
            }
        }
        return errors;
    }

    static List<String> atLeastOne(Question step) {
        String ids = step.rule("atLeastOne");
        return ids == null ? List.of() : Arrays.asList(ids.split(","));
    }

    private static boolean applies(Field field, Map<String, String> answers) {
        return field.showWhen() == null
                || field.showWhen().holdsFor(List.of(value(answers, field.showWhen().question())));
    }

    private static Optional<String> problem(Field field, String value, Texts texts) {
        if ("choice".equals(field.type())) {
            return field.values().contains(value) ? Optional.empty()
                    : Optional.of(texts.t(field.error("choice")));
        }
        if (!TYPED.contains(field.type())) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            return field.optional() ? Optional.empty() : Optional.of(texts.t(field.error("required")));
        }
        if (field.maxLength() != null && value.length() > field.maxLength()) {
            return Optional.of(texts.t(field.error("too-long"), field.maxLength()));
        }
        boolean wellFormed = switch (field.type()) {
            case "email" -> EmailAddress.parse(value).isPresent();
            case "uk-phone" -> UkPhoneNumber.parse(value).isPresent();
            case "postcode" -> POSTCODE.matcher(value).matches();
            default -> true;
        };
        return wellFormed ? Optional.empty() : Optional.of(texts.t(field.error("format")));
    }

    private static String value(Map<String, String> answers, String id) {
        return PublicText.clean(answers.get(id));
    }
}
