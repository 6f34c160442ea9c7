package org.bluelamp.reporting;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time of day in Europe/London when it is safe to contact a reporter, from (inclusive) to (exclusive), on every
 * day, on weekdays only or at weekends only. A definition's safe-times question has one option per window, its
 * value written "0800-1200" (every day), "weekdays-0800-1200" or "weekends-0800-1200" (no colons: option values
 * become parts of HTML ids).
 */
public record SafeWindow(LocalTime from, LocalTime to, Days days) {

    /** The days a window is open on. */
    public enum Days {
        EVERY_DAY(""), WEEKDAYS("weekdays-"), WEEKENDS("weekends-");

        private final String prefix;

        Days(String prefix) {
            this.prefix = prefix;
        }

        public boolean include(DayOfWeek day) {
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            return this == EVERY_DAY || (this == WEEKENDS) == weekend;
        }
    }

    private static final Pattern CODE = Pattern.compile("(weekdays-|weekends-)?([01]\\d|2[0-3])[0-5]\\d-([01]\\d|2[0-3])[0-5]\\d");

    public SafeWindow {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A safe window ends after it starts, on the same day");
        }
        days = days == null ? Days.EVERY_DAY : days;
    }

    /** A window open every day. */
    public SafeWindow(LocalTime from, LocalTime to) {
        this(from, to, Days.EVERY_DAY);
    }

    /** The window an option's value names, or empty if it is not one. */
    public static Optional<SafeWindow> fromCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        var days = code.startsWith(Days.WEEKDAYS.prefix) ? Days.WEEKDAYS
                : code.startsWith(Days.WEEKENDS.prefix) ? Days.WEEKENDS : Days.EVERY_DAY;
        var times = code.substring(days.prefix.length());
        var from = LocalTime.of(Integer.parseInt(times.substring(0, 2)), Integer.parseInt(times.substring(2, 4)));
        var to = LocalTime.of(Integer.parseInt(times.substring(5, 7)), Integer.parseInt(times.substring(7, 9)));
        return from.isBefore(to) ? Optional.of(new SafeWindow(from, to, days)) : Optional.empty();
    }

    /** The option value that names this window, e.g. "weekends-0800-1200". */
    public String code() {
        return days.prefix + "%02d%02d-%02d%02d".formatted(from.getHour(), from.getMinute(), to.getHour(), to.getMinute());
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
