package org.bluelamp.contact.clocks;

import java.time.LocalDate;
import java.util.List;

/**
 * The force's bank holidays, which are not working days: one division (England and Wales by default) of a file in
 * GOV.UK's {@code bank-holidays.json} format.
 *
 * @param file     where they were read from, as the setting names it
 * @param division the file's division they are, such as {@code england-and-wales}
 * @param dates    the days, earliest first; never empty
 */
public record BankHolidays(String file, String division, List<LocalDate> dates) {

    public BankHolidays {
        dates = dates.stream().distinct().sorted().toList();
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("No bank holidays for " + division + " in " + file);
        }
    }

    /** The last bank holiday listed: after it, every weekday counts as a working day. */
    public LocalDate last() {
        return dates.getLast();
    }

    /** Whether the list ends before {@code today + 1 year}, so a force should put a newer one in place. */
    boolean runOutWithinAYearOf(LocalDate today) {
        return last().isBefore(today.plusYears(1));
    }
}
