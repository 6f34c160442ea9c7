package org.bluelamp.appointments;

import org.bluelamp.platform.Choice;
import org.bluelamp.platform.FormErrors;

import java.util.List;
import java.util.Map;

/** The form for a time an officer can visit: a day, a start time and how long. */
public record AvailabilityPage(List<Choice> days, List<Choice> times, List<Choice> lengths, Map<String, String> values,
                               FormErrors errors) {

    public String value(String name) {
        return values.getOrDefault(name, "");
    }
}
