package org.bluelamp.reporting.question;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the GOV.UK date input (day, month, year boxes) and the times people type ("2:30pm", "14:30", "noon").
 */
final class DateReader {

    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.]?(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?$");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};
    private static final int EARLIEST_YEAR = 1900;

    private DateReader() {
    }

    record DateResult(LocalDate date, ErrorMessage error) {
    }

    /**
     * Reads the boxes named {@code prefix-day}, {@code -month} and {@code -year}. {@code name} is what the date
     * is of, for messages; {@code required} is the message when all three are empty.
     */
    static DateResult read(FormValues form, String prefix, String name, String required, Texts texts) {
        String day = form.get(prefix + "-day").strip();
        String month = form.get(prefix + "-month").strip();
        String year = form.get(prefix + "-year").strip();
        String firstInput = prefix + "-day";
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return new DateResult(null, new ErrorMessage(firstInput, required));
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            String missing = day.isEmpty() ? "day" : month.isEmpty() ? "month" : "year";
            return new DateResult(null, new ErrorMessage(prefix + "-" + missing,
                    texts.t("validation.date.incomplete." + missing, name)));
        }
        try {
            int y = Integer.parseInt(year);
            if (year.length() != 4) {
                return new DateResult(null, new ErrorMessage(prefix + "-year", texts.t("validation.date.year", name)));
            }
            var date = LocalDate.of(y, monthNumber(month), Integer.parseInt(day));
            if (y < EARLIEST_YEAR) {
                return new DateResult(null, new ErrorMessage(prefix + "-year",
                        texts.t("validation.date.too-old", name, EARLIEST_YEAR)));
            }
            return new DateResult(date, null);
        } catch (NumberFormatException | DateTimeException e) {
            return new DateResult(null, new ErrorMessage(firstInput, texts.t("validation.date.real", name)));
        }
    }

    /** Months may be typed as numbers or names ("3", "03", "Mar", "March"). */
    private static int monthNumber(String month) {
        if (month.matches("\\d{1,2}")) {
            return Integer.parseInt(month);
        }
        String start = month.toLowerCase(Locale.UK);
        for (int i = 0; i < MONTHS.length; i++) {
            if (start.length() >= 3 && start.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        throw new NumberFormatException(month);
    }

    static Optional<LocalTime> time(String typed) {
        String text = typed.strip().toLowerCase(Locale.UK).replace(" ", "");
        if (text.equals("noon") || text.equals("midday")) {
            return Optional.of(LocalTime.NOON);
        }
        if (text.equals("midnight")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        } else if (m.group(2) == null) {
            return Optional.empty(); // "7" alone could be morning or evening
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /**
     * A time as it goes back into the time box, in the words {@link #time(String)} reads ("2:30pm", "midday"), not a
     * language's: the box must read back what it was given whatever the page's language.
     */
    static String typedTime(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        return TYPED_TIME.format(time).toLowerCase(Locale.UK);
    }
}
