package org.bluelamp.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times are stored in UTC and shown to people as UK local time, in the GOV.UK style ("3 May 2026 at 2:05pm"). */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private LondonTime() {
    }

    /** A time of day in the GOV.UK style: "8am", "5:30pm", "midday", "midnight". */
    public static String timeOfDay(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        String pattern = time.getMinute() == 0 ? "ha" : "h:mma";
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).format(time).toLowerCase(Locale.UK);
    }

    /**
     * A clock time with its minutes, as a deadline or a moment is written: "9:00am", "5:30pm", but "midday" and
     * "midnight", never "12:00pm" or "12:00am" (GOV.UK style; "12am" is read both ways).
     */
    public static String clockTime(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        return CLOCK.format(time).toLowerCase(Locale.UK);
    }

    /** The time of day of this moment in the UK, as {@link #timeOfDay(LocalTime)}. */
    public static String timeOfDay(Instant instant) {
        return timeOfDay(instant.atZone(ZONE).toLocalTime());
    }

    /** A day as GOV.UK writes it: "29 February 2028". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** The UK day of this moment, as {@link #date(LocalDate)}. */
    public static String date(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    public static String dateAndTime(Instant instant) {
        var local = instant.atZone(ZONE);
        return DATE.format(local) + " at " + clockTime(local.toLocalTime());
    }
}
