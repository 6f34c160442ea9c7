package org.bluelamp.reporting.question;

import org.bluelamp.reporting.definition.Field;

import java.util.ArrayList;
import java.util.List;

/** Definition checks for one field. */
final class FieldChecks {

    private FieldChecks() {
    }

    static List<String> problemsWith(Field field, String where) {
        var problems = new ArrayList<String>();
        if (field.id() == null || !field.id().matches("[a-z0-9-]+")) {
            problems.add(where + ": a field id must be lower-case letters, digits and dashes");
        }
        if (!FieldReader.TYPES.contains(field.type())) {
            problems.add(where + ": field type '" + field.type() + "' is not one of " + FieldReader.TYPES);
        }
        if (field.label() == null || field.label().isBlank()) {
            problems.add(where + ": field '" + field.id() + "' has no label");
        }
        if (!field.optional() && field.error("required") == null) {
            problems.add(where + ": field '" + field.id() + "' needs errors.required");
        }
        if (!field.values().isEmpty() || field.showWhen() != null) {
            problems.add(where + ": values and showWhen belong to a public form's fields (forms/*.yaml), "
                    + "not a report's");
        }
        return problems;
    }
}
