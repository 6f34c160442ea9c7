package org.bluelamp.contact.clocks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;

/**
 * Monday to Friday, except bank holidays, counted in one time zone (Europe/London for the force).
 */
public final class WorkingDays {

    private final Set<LocalDate> bankHolidays;
    private final ZoneId zone;

    public WorkingDays(Collection<LocalDate> bankHolidays, ZoneId zone) {
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.zone = zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /**
     * The same local wall-clock time on the {@code days}th working day after {@code from}'s local date: a decision
     * at 10:00 on a Friday with 5 days is due at 10:00 the next Friday, skipping the weekend and any bank holiday.
     * <p>
     * Something that happens on a non-working day (a weekend or bank holiday) is counted as if it happened at the
     * very start (00:00) of the next working day, so a Saturday decision with 5 days is due at 00:00 on the
     * Monday after next — the end of the fifth working day. Nobody loses time for a decision made out of hours.
     * <p>
     * A wall-clock time that does not exist on the due day (in the spring clock change) moves forward by the
     * length of the gap, and one that happens twice (in autumn) takes the earlier, as {@link ZonedDateTime#of}
     * does.
     */
    public Instant plusWorkingDays(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + days);
        }
        LocalDateTime start = from.atZone(zone).toLocalDateTime();
        if (!isWorkingDay(start.toLocalDate())) {
            start = nextWorkingDay(start.toLocalDate()).atStartOfDay();
        }
        LocalDate day = start.toLocalDate();
        for (int counted = 0; counted < days; counted++) {
            day = nextWorkingDay(day);
        }
        return ZonedDateTime.of(day.atTime(start.toLocalTime()), zone).toInstant();
    }

    /** The first working day after {@code day}. */
    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
