package org.bluelamp.platform.form;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a staff form's values one by one, collecting an error for each that is missing, too long or not one of the
 * choices, in the order the fields are read, for the GOV.UK error summary. Typed text is cleaned by
 * {@link TypedText}; a form's record reads its fields in its constructor's order so the summary follows the page.
 */
public final class FormInput {

    private final Entered entered;
    private final Texts texts;
    private final String tooLongKey;
    private final List<ErrorMessage> errors = new ArrayList<>();

    /** @param tooLongKey the message for text over its length, given the length as {0} */
    public FormInput(Entered entered, Texts texts, String tooLongKey) {
        this.entered = entered;
        this.texts = texts;
        this.tooLongKey = tooLongKey;
    }

    /** Text from a text area, which must be given, at most {@code max} characters; the key names what to enter. */
    public String text(String name, int max, String requiredKey) {
        return required(name, TypedText.clean(entered.get(name), true), max, requiredKey);
    }

    /** Text from a one-line input, which must be given. */
    public String line(String name, int max, String requiredKey) {
        return required(name, TypedText.clean(entered.get(name), false), max, requiredKey);
    }

    public String optionalText(String name, int max) {
        String value = TypedText.clean(entered.get(name), true);
        return value.isEmpty() ? null : withinLength(name, value, max);
    }

    /** One of the choices, which must be made. */
    public String choice(String name, Collection<String> allowed, String requiredKey) {
        String value = entered.get(name);
        if (value.isEmpty() || !allowed.contains(value)) {
            errors.add(new ErrorMessage(name, texts.t(requiredKey)));
            return null;
        }
        return value;
    }

    public String optionalChoice(String name, Collection<String> allowed) {
        String value = entered.get(name);
        return !value.isEmpty() && allowed.contains(value) ? value : null;
    }

    /** Any of the choices ticked; anything else sent is ignored. */
    public List<String> choices(String name, Collection<String> allowed) {
        return entered.all(name).stream().filter(allowed::contains).distinct().toList();
    }

    /** The value as sent, unchecked: for a field the action checks itself (an id to look up, say). */
    public String raw(String name) {
        return entered.get(name);
    }

    public void fail(String name, String messageKey) {
        errors.add(new ErrorMessage(name, texts.t(messageKey)));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public FormErrors errors() {
        return new FormErrors(errors);
    }

    private String required(String name, String value, int max, String requiredKey) {
        if (value.isEmpty()) {
            errors.add(new ErrorMessage(name, texts.t(requiredKey)));
            return null;
        }
        return withinLength(name, value, max);
    }

    private String withinLength(String name, String value, int max) {
        if (value.length() > max) {
            errors.add(new ErrorMessage(name, texts.t(tooLongKey, max)));
            return null;
        }
        return value;
    }
}
