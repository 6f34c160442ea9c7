package org.bluelamp.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods figures over time are shown in: days, weeks beginning on Monday, or calendar months. */
public enum Grouping {
    DAY("day"),
    WEEK("week"),
    MONTH("month");

    private final String unit;

    Grouping(String unit) {
        this.unit = unit;
    }

    /** The first day of the period the day falls in. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /**
     * A roll-up row's period, from its day, as SQL: the same as {@link #start}. PostgreSQL's weeks begin on Monday;
     * date_trunc on a timestamp without a time zone, so the session's zone plays no part.
     */
    String periodOfDay() {
        return "CAST(date_trunc('%s', CAST(day AS timestamp)) AS date)".formatted(unit);
    }
}
