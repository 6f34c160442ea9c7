package org.bluelamp.appointments;

import org.bluelamp.contact.Contact;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.language.English;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.reporting.Reporter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A handler's page for a contact's PLOD visits: the visits so far and the free times, grouped by day, to book one
 * (or, with {@code changing}, to move that visit).
 *
 * @param values   what was entered, to show again with an error: slot, place, preferred, confirmBy
 * @param done     what was just done (booked, no-suitable-time, changed, cancelled), for the banner, or null
 * @param officers PLOD officers' names by username
 */
public record BookingPage(Contact contact, Reporter reporter, List<Visit> visits, List<SlotDay> days,
                          Map<String, String> officers, Visit changing, Entered values, FormErrors errors,
                          String done) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** The free slots starting on one UK day. */
    public record SlotDay(String label, List<Slot> slots) {
    }

    static List<SlotDay> byDay(List<Slot> free) {
        var days = new LinkedHashMap<LocalDate, List<Slot>>();
        for (Slot slot : free) {
            days.computeIfAbsent(slot.startsAt().atZone(LondonTime.ZONE).toLocalDate(), day -> new java.util.ArrayList<>())
                    .add(slot);
        }
        return days.entrySet().stream().map(day -> new SlotDay(DAY.format(day.getKey()), List.copyOf(day.getValue())))
                .toList();
    }

    public String value(String name) {
        return values.get(name);
    }

    public String officer(Slot slot) {
        return officers.getOrDefault(slot.officer(), slot.officer());
    }

    /** "10:30am to 11:30am". */
    public static String times(Slot slot) {
        var dates = English.forStaff();
        return dates.timeOfDay(slot.startsAt()) + " to " + dates.timeOfDay(slot.endsAt());
    }

    /** "Tuesday 12 May 2026, 10:30am to 11:30am". */
    public static String when(Slot slot) {
        return DAY.format(slot.startsAt().atZone(LondonTime.ZONE)) + ", " + times(slot);
    }
}
