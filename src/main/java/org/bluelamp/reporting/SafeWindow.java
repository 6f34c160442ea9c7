package org.bluelamp.reporting;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time of day, every day, in Europe/London, when it is safe to contact a reporter: from (inclusive) to
 * (exclusive). A definition's safe-times question has one option per window, its value written "08:00-12:00".
 */
public record SafeWindow(LocalTime from, LocalTime to) {

    private static final Pattern CODE = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");

    public SafeWindow {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A safe window ends after it starts, on the same day");
        }
    }

    /** The window an option's value names, or empty if it is not one. */
    public static Optional<SafeWindow> fromCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        var from = LocalTime.parse(code.substring(0, 5));
        var to = LocalTime.parse(code.substring(6));
        return from.isBefore(to) ? Optional.of(new SafeWindow(from, to)) : Optional.empty();
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
