package org.bluelamp.contact;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a staff form's values one by one, collecting an error for each that is missing, too long or not one of the
 * choices, in the order of the fields, for the GOV.UK error summary.
 */
final class FormInput {

    private final Entered entered;
    private final Texts texts;
    private final List<ErrorMessage> errors = new ArrayList<>();

    FormInput(Entered entered, Texts texts) {
        this.entered = entered;
        this.texts = texts;
    }

    /** Text that must be given, at most {@code max} characters; the message key names what to enter. */
    String text(String name, int max, String requiredKey) {
        String value = entered.get(name).strip();
        if (value.isEmpty()) {
            errors.add(new ErrorMessage(name, texts.t(requiredKey)));
            return null;
        }
        return withinLength(name, value, max);
    }

    String optionalText(String name, int max) {
        String value = entered.get(name).strip();
        return value.isEmpty() ? null : withinLength(name, value, max);
    }

    /** One of the choices, which must be made. */
    String choice(String name, Collection<String> allowed, String requiredKey) {
        String value = entered.get(name);
        if (value.isEmpty() || !allowed.contains(value)) {
            errors.add(new ErrorMessage(name, texts.t(requiredKey)));
            return null;
        }
        return value;
    }

    String optionalChoice(String name, Collection<String> allowed) {
        String value = entered.get(name);
        return !value.isEmpty() && allowed.contains(value) ? value : null;
    }

    /** Any of the choices ticked; anything else sent is ignored. */
    List<String> choices(String name, Collection<String> allowed) {
        return entered.all(name).stream().filter(allowed::contains).distinct().toList();
    }

    void fail(String name, String messageKey) {
        errors.add(new ErrorMessage(name, texts.t(messageKey)));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    FormErrors errors() {
        return new FormErrors(errors);
    }

    private String withinLength(String name, String value, int max) {
        if (value.length() > max) {
            errors.add(new ErrorMessage(name, texts.t("action.too-long", max)));
            return null;
        }
        return value;
    }
}
