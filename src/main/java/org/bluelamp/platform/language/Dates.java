package org.bluelamp.platform.language;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and times as a language writes them, shown in UK time: "3 May 2026 at 2:05pm", "dydd Llun 7 Rhagfyr 2026 am
 * 3:15pm". Month names come from the JDK's CLDR data for the language; the patterns, the day names in running text,
 * "am"/"pm" and the words for midday and midnight are its messages ({@code dates.*}), so a new language needs no code.
 */
public final class Dates {

    private final Texts texts;
    private final Locale locale;

    public Dates(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** A day: "29 February 2028", "29 Chwefror 2028". */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(texts.t("dates.date"), locale).format(day);
    }

    /** The UK day of this moment, as {@link #date(LocalDate)}. */
    public String date(Instant instant) {
        return date(instant.atZone(LondonTime.ZONE).toLocalDate());
    }

    /** A day with its name, as running text writes it: "Monday 7 December 2026", "dydd Llun 7 Rhagfyr 2026". */
    public String dayAndDate(LocalDate day) {
        return texts.t("dates.day-and-date", texts.t("dates.day." + day.getDayOfWeek().getValue()), date(day));
    }

    /** "7 December 2026 at 3:15pm". */
    public String dateAndTime(Instant instant) {
        var local = instant.atZone(LondonTime.ZONE);
        return texts.t("dates.date-and-time", date(local.toLocalDate()), clockTime(local.toLocalTime()));
    }

    /** A time of day as GOV.UK writes it: "8am", "5:30pm", "midday", "midnight". */
    public String timeOfDay(LocalTime time) {
        return named(time, time.getMinute() == 0 ? "dates.hour" : "dates.clock");
    }

    /** The time of day of this moment in the UK, as {@link #timeOfDay(LocalTime)}. */
    public String timeOfDay(Instant instant) {
        return timeOfDay(instant.atZone(LondonTime.ZONE).toLocalTime());
    }

    /** A clock time with its minutes, as a deadline is written: "9:00am", "5:30pm", never "12:00pm" ("midday"). */
    public String clockTime(LocalTime time) {
        return named(time, "dates.clock");
    }

    private String named(LocalTime time, String patternKey) {
        if (time.equals(LocalTime.NOON)) {
            return texts.t("dates.midday");
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return texts.t("dates.midnight");
        }
        return clock(texts.t(patternKey)).format(time);
    }

    // "a" in a pattern is the language's own "am"/"pm" (GOV.UK's lower case, also in Welsh), not CLDR's ("yb"/"yh").
    private DateTimeFormatter clock(String pattern) {
        var builder = new DateTimeFormatterBuilder();
        String[] parts = pattern.split("a", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                builder.appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, texts.t("dates.am"), 1L, texts.t("dates.pm")));
            }
            if (!parts[i].isEmpty()) {
                builder.appendPattern(parts[i]);
            }
        }
        return builder.toFormatter(locale);
    }
}
