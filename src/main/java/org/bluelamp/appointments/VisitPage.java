package org.bluelamp.appointments;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.reporting.Reporter;

import java.util.List;

/** One of an officer's visits: the person, where and when, and the outcome form while it is booked. */
public record VisitPage(Visit visit, Reporter reporter, List<String> outcomes, Entered values,
                        FormErrors errors) {

    public String value(String name) {
        return values.get(name);
    }
}
