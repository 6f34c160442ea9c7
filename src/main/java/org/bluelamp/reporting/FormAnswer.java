package org.bluelamp.reporting;

import org.bluelamp.platform.FormErrors;

import java.util.Map;

/**
 * What answering one step of a public form came to.
 *
 * @param typed  the step's values as read and cleaned, to save when valid and to show again when not
 * @param shown  every answer with the step's in them: what the page shows when it has errors
 * @param errors what must be fixed; none when the step may be saved
 * @param next   the page to go to once saved: the next step, or the form's "check your answers" page
 */
public record FormAnswer(Map<String, String> typed, Map<String, String> shown, FormErrors errors, String next) {

    public boolean valid() {
        return errors.isEmpty();
    }
}
