package org.bluelamp.reporting;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time of day, every day, in Europe/London, when it is safe to contact a reporter: from (inclusive) to
 * (exclusive). A definition's safe-times question has one option per window, its value written "0800-1200"
 * (no colons: option values become parts of HTML ids).
 */
public record SafeWindow(LocalTime from, LocalTime to) {

    private static final Pattern CODE = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d-([01]\\d|2[0-3])[0-5]\\d");

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
        var from = LocalTime.of(Integer.parseInt(code.substring(0, 2)), Integer.parseInt(code.substring(2, 4)));
        var to = LocalTime.of(Integer.parseInt(code.substring(5, 7)), Integer.parseInt(code.substring(7, 9)));
        return from.isBefore(to) ? Optional.of(new SafeWindow(from, to)) : Optional.empty();
    }

    /** The option value that names this window, e.g. "0800-1200". */
    public String code() {
        return "%02d%02d-%02d%02d".formatted(from.getHour(), from.getMinute(), to.getHour(), to.getMinute());
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
