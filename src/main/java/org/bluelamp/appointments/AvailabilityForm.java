package org.bluelamp.appointments;

import org.bluelamp.platform.form.FormInput;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A free time an officer offers: a day within the weeks ahead, a start time and a length from the lists. */
record AvailabilityForm(LocalDate day, LocalTime start, Integer minutes) {

    static final List<Integer> LENGTHS = List.of(30, 60, 90, 120);

    /** @param today the first day that may be chosen; the last is {@code daysAhead} later */
    static AvailabilityForm read(FormInput form, LocalDate today, int daysAhead, List<String> times) {
        LocalDate day = form.date("day", "visits.availability.day.required");
        if (day != null && (day.isBefore(today) || day.isAfter(today.plusDays(daysAhead)))) {
            form.fail("day", "visits.availability.day.required");
            day = null;
        }
        String start = form.choice("time", times, "visits.availability.time.required");
        Integer minutes = form.value("length", length -> LENGTHS.stream().filter(l -> l.toString().equals(length))
                .findFirst(), "visits.availability.length.required");
        return new AvailabilityForm(day, start == null ? null : LocalTime.parse(start), minutes);
    }
}
