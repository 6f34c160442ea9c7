package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;

import java.util.List;
import java.util.Map;

/**
 * The result of reading a question's form: an answer to save, or errors to show with what was typed.
 *
 * @param answer the answer to store: when there are no errors, or when part of what was sent is kept despite
 *               them (the good files of several uploaded at once)
 * @param errors what the person must fix
 * @param stay   save, then show the same page again (adding another item)
 */
public record Parsed(Map<String, Object> answer, FormErrors errors, boolean stay) {

    public static Parsed answer(Map<String, Object> answer) {
        return new Parsed(answer, FormErrors.NONE, false);
    }

    public static Parsed invalid(List<ErrorMessage> errors) {
        return new Parsed(null, new FormErrors(errors), false);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Whether there is an answer to store, whether or not there are also errors to show. */
    public boolean keepsAnything() {
        return answer != null;
    }
}
