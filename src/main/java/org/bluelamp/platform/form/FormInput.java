package org.bluelamp.platform.form;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads a staff form's values one by one, collecting an error for each that is missing, too long or not one of the
 * choices, in the order the fields are read, for the GOV.UK error summary. Typed text is cleaned by
 * {@link TypedText}; a form's record reads its fields in its constructor's order so the summary follows the page.
 * What was read is kept as it was cleaned, to show again with the errors ({@link #shown()}).
 */
public final class FormInput {

    private final Map<String, String[]> values;
    private final Texts texts;
    private final String tooLongKey;
    private final List<ErrorMessage> errors = new ArrayList<>();

    /** @param tooLongKey the message for text over its length, given the length as {0} */
    public FormInput(Entered entered, Texts texts, String tooLongKey) {
        this.values = new HashMap<>(entered.values());
        this.texts = texts;
        this.tooLongKey = tooLongKey;
    }

    /** What was entered, each field read so far as it was cleaned (and spelled): to show the form again. */
    public Entered shown() {
        return new Entered(Map.copyOf(values));
    }

    /** Text from a text area, which must be given, at most {@code max} characters; the key names what to enter. */
    public String text(String name, int max, String requiredKey) {
        return required(name, cleaned(name, true), max, requiredKey, tooLongKey);
    }

    /** Text from a one-line input, which must be given. */
    public String line(String name, int max, String requiredKey) {
        return required(name, cleaned(name, false), max, requiredKey, tooLongKey);
    }

    /** Text from a one-line input, which must be given, with its own message for too long. */
    public String line(String name, int max, String requiredKey, String tooLongKey) {
        return required(name, cleaned(name, false), max, requiredKey, tooLongKey);
    }

    public String optionalText(String name, int max) {
        String value = cleaned(name, true);
        return value.isEmpty() ? null : withinLength(name, value, max, tooLongKey);
    }

    /** Text from a one-line input that may be left empty ("", then), with its own message for too long. */
    public String optionalLine(String name, int max, String tooLongKey) {
        String value = cleaned(name, false);
        return value.isEmpty() ? "" : withinLength(name, value, max, tooLongKey);
    }

    /**
     * A one-line input read as a value (an id, an address, a number, a date): it must be given and {@code parse}
     * must make a value of it, else the field has the message.
     */
    public <T> T value(String name, Function<String, Optional<T>> parse, String messageKey) {
        String typed = cleaned(name, false);
        Optional<T> value = typed.isEmpty() ? Optional.empty() : parse.apply(typed);
        if (value.isEmpty()) {
            fail(name, messageKey);
            return null;
        }
        return value.get();
    }

    /** An id (a UUID) from a one-line input or a choice, which must be given. */
    public UUID id(String name, String messageKey) {
        return value(name, FormInput::uuid, messageKey);
    }

    /** A day as a date input or a choice sends it (2026-05-12), which must be given. */
    public LocalDate date(String name, String messageKey) {
        return value(name, FormInput::date, messageKey);
    }

    /**
     * A day from a GOV.UK date input's three boxes (day, month, year as numbers), which must make a real date; the
     * message goes on the day's box, which the error summary links to.
     */
    public LocalDate date(String day, String month, String year, String messageKey) {
        try {
            return LocalDate.of(Integer.parseInt(cleaned(year, false)), Integer.parseInt(cleaned(month, false)),
                    Integer.parseInt(cleaned(day, false)));
        } catch (NumberFormatException | DateTimeException notADate) {
            fail(day, messageKey);
            return null;
        }
    }

    /** One-line text as it is kept, "" for none, unchecked: for a field whose answer decides what else is read. */
    public String line(String name) {
        return cleaned(name, false);
    }

    /**
     * Puts a one-line field in the form's own spelling (a username in lower case, say) before it is read; it is
     * shown again so.
     */
    public void spell(String name, UnaryOperator<String> spelling) {
        values.put(name, new String[] {spelling.apply(cleaned(name, false))});
    }

    /** One of the choices, which must be made. */
    public String choice(String name, Collection<String> allowed, String requiredKey) {
        String value = first(name);
        if (value.isEmpty() || !allowed.contains(value)) {
            errors.add(new ErrorMessage(name, texts.t(requiredKey)));
            return null;
        }
        return value;
    }

    public String optionalChoice(String name, Collection<String> allowed) {
        String value = first(name);
        return !value.isEmpty() && allowed.contains(value) ? value : null;
    }

    /** Any of the choices ticked; anything else sent is ignored. */
    public List<String> choices(String name, Collection<String> allowed) {
        var all = values.get(name);
        return all == null ? List.of() : Arrays.stream(all).filter(allowed::contains).distinct().toList();
    }

    /** Any of the choices ticked, at least one. */
    public List<String> someOf(String name, Collection<String> allowed, String requiredKey) {
        var chosen = choices(name, allowed);
        if (chosen.isEmpty()) {
            fail(name, requiredKey);
        }
        return chosen;
    }

    /** The value as sent, unchecked: for a field the action checks itself (an id to look up, say). */
    public String raw(String name) {
        return first(name);
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

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private String first(String name) {
        var all = values.get(name);
        return all == null || all.length == 0 || all[0] == null ? "" : all[0];
    }

    /** The field's text as kept, which replaces what was sent so that it is shown again as it was read. */
    private String cleaned(String name, boolean multiline) {
        String value = TypedText.clean(first(name), multiline);
        if (values.containsKey(name)) {
            values.put(name, new String[] {value});
        }
        return value;
    }

    private String required(String name, String value, int max, String requiredKey, String tooLongKey) {
        if (value.isEmpty()) {
            errors.add(new ErrorMessage(name, texts.t(requiredKey)));
            return null;
        }
        return withinLength(name, value, max, tooLongKey);
    }

    private String withinLength(String name, String value, int max, String tooLongKey) {
        if (value.length() > max) {
            errors.add(new ErrorMessage(name, texts.t(tooLongKey, max)));
            return null;
        }
        return value;
    }
}
