package org.bluelamp.privacy.request;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.privacy.answer.Disclosure;

/**
 * A request's page for the team: the request, what is in the answer (with redactions shown), and the forms.
 *
 * @param entered what was typed into the form that erred, to show again
 */
public record StaffRequestPage(RequestView view, Disclosure preview, String due, FormErrors errors,
                               Entered entered, String done) {

    public String v(String key) {
        return entered.get(key);
    }
}
