package org.bluelamp.reporting.definition;

import java.util.List;
import java.util.Map;

/**
 * One input inside a group of fields, a repeating item or a choice's detail.
 *
 * @param id           unique within its question
 * @param type         text, textarea, email, uk-phone, postcode or money
 * @param label        the input's label
 * @param hint         help under the label
 * @param optional     whether it may be left blank
 * @param maxLength    the longest value for text
 * @param autocomplete the HTML autocomplete token, so browsers can fill it in
 * @param width        the GOV.UK width class suffix, e.g. "10" or "one-half"
 * @param errors       error messages by kind (required, format)
 * @param role         what the value means to other modules (see {@link AnswerRole}), e.g. "reporter-email"
 * @param personal     the value is personal data about someone
 * @param values       for a public form's choice field, the values it may take
 * @param showWhen     for a public form's field, check it only when another field of its step has one of some values
 *                     ({@link Condition#question()} names that field)
 */
public record Field(String id, String type, String label, String hint, boolean optional, Integer maxLength,
                    String autocomplete, String width, Map<String, String> errors, String role, boolean personal,
                    List<String> values, Condition showWhen) {

    public Field {
        errors = errors == null ? Map.of() : Map.copyOf(errors);
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A report's field, which has no values of its own and is always checked. */
    public Field(String id, String type, String label, String hint, boolean optional, Integer maxLength,
                 String autocomplete, String width, Map<String, String> errors, String role, boolean personal) {
        this(id, type, label, hint, optional, maxLength, autocomplete, width, errors, role, personal, null, null);
    }

    /** A field with no role. */
    public Field(String id, String type, String label, String hint, boolean optional, Integer maxLength,
                 String autocomplete, String width, Map<String, String> errors) {
        this(id, type, label, hint, optional, maxLength, autocomplete, width, errors, null, false);
    }

    public String error(String kind) {
        return errors.get(kind);
    }
}
