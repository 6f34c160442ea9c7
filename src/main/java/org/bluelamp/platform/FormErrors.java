package org.bluelamp.platform;

import java.util.List;

/** The errors on a submitted form, in the order of the fields, as the GOV.UK error summary lists them. */
public record FormErrors(List<ErrorMessage> all) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        all = List.copyOf(all);
    }

    public static FormErrors of(ErrorMessage... errors) {
        return new FormErrors(List.of(errors));
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The message for a field, or null: a field shows only its first error. */
    public String forField(String fieldId) {
        return all.stream().filter(e -> e.fieldId().equals(fieldId)).map(ErrorMessage::text).findFirst().orElse(null);
    }

    /** The first message for any of these fields, or null: for inputs that share one message, like a date. */
    public String forAny(String... fieldIds) {
        for (String id : fieldIds) {
            String message = forField(id);
            if (message != null) {
                return message;
            }
        }
        return null;
    }

    public boolean hasAnyStartingWith(String fieldIdPrefix) {
        return all.stream().anyMatch(e -> e.fieldId().startsWith(fieldIdPrefix));
    }
}
