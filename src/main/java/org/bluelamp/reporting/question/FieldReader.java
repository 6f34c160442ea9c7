package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.definition.Field;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks one input of a field type, giving the value to store or the error to show. */
final class FieldReader {

    static final Set<String> TYPES = Set.of("text", "textarea", "email", "uk-phone", "postcode", "money",
            "vehicle-registration");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}$");
    private static final Pattern MONEY = Pattern.compile("^\\d{1,9}(\\.\\d{1,2})?$");

    private FieldReader() {
    }

    record Result(String value, ErrorMessage error) {
        boolean blank() {
            return error == null && value.isEmpty();
        }
    }

    static Result read(Field field, String raw, String inputId, Texts texts) {
        boolean multiline = "textarea".equals(field.type());
        String text = TextRules.clean(raw, multiline);
        if (text.isEmpty()) {
            return field.optional() ? new Result("", null)
                    : error(inputId, orDefault(field.error("required"), texts.t("validation.required", field.label())));
        }
        int max = field.maxLength() != null ? field.maxLength()
                : multiline ? TextRules.DEFAULT_TEXTAREA_LENGTH : TextRules.DEFAULT_TEXT_LENGTH;
        var problem = TextRules.problem(text, max, field.label(), texts);
        if (problem.isPresent()) {
            return error(inputId, problem.get());
        }
        return switch (field.type()) {
            case "email" -> EMAIL.matcher(text).matches() && text.length() <= 254
                    ? new Result(text, null) : formatError(field, inputId, texts, "validation.email.format");
            case "uk-phone" -> phone(field, text, inputId, texts);
            case "postcode" -> postcode(field, text, inputId, texts);
            case "money" -> money(field, text, inputId, texts);
            case "vehicle-registration" -> VehicleRegistration.read(text).map(plate -> new Result(plate, null))
                    .orElseGet(() -> formatError(field, inputId, texts, "validation.vehicle-registration.format"));
            default -> new Result(text, null);
        };
    }

    /** How a stored value reads on "Check your answers". */
    static String display(Field field, String value) {
        if ("money".equals(field.type()) && !value.isEmpty()) {
            var pounds = NumberFormat.getCurrencyInstance(Locale.UK);
            return pounds.format(new BigDecimal(value));
        }
        return value;
    }

    private static Result phone(Field field, String text, String inputId, Texts texts) {
        return UkPhoneNumber.parse(text).map(number -> new Result(number.display(), null))
                .orElseGet(() -> formatError(field, inputId, texts, "validation.phone.format"));
    }

    private static Result postcode(Field field, String text, String inputId, Texts texts) {
        String compact = text.toUpperCase(Locale.UK).replaceAll("\\s", "");
        if (!POSTCODE.matcher(compact).matches()) {
            return formatError(field, inputId, texts, "validation.postcode.format");
        }
        return new Result(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3),
                null);
    }

    private static Result money(Field field, String text, String inputId, Texts texts) {
        String amount = text.replaceAll("[£,\\s]", "");
        if (!MONEY.matcher(amount).matches()) {
            return formatError(field, inputId, texts, "validation.money.format");
        }
        return new Result(new BigDecimal(amount).setScale(2).toPlainString(), null);
    }

    private static Result formatError(Field field, String inputId, Texts texts, String key) {
        return error(inputId, orDefault(field.error("format"), texts.t(key)));
    }

    private static Result error(String inputId, String message) {
        return new Result("", new ErrorMessage(inputId, message));
    }

    static String orDefault(String specific, String fallback) {
        return specific != null ? specific : fallback;
    }
}
