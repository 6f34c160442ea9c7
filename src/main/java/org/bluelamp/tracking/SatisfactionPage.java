package org.bluelamp.tracking;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.form.Entered;

/**
 * The satisfaction questions, as answered so far.
 *
 * @param action  where the form goes: the link's own address
 * @param longest the most characters the box takes
 */
public record SatisfactionPage(String action, Entered entered, FormErrors errors, int longest) {

    public String value(String name) {
        return entered.get(name);
    }
}
