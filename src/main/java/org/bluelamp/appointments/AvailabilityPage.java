package org.bluelamp.appointments;

import org.bluelamp.platform.Choice;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.form.Entered;

import java.util.List;

/** The form for a time an officer can visit: a day, a start time and how long. */
public record AvailabilityPage(List<Choice> days, List<Choice> times, List<Choice> lengths, Entered values,
                               FormErrors errors) {

    public String value(String name) {
        return values.get(name);
    }
}
