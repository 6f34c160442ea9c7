package org.bluelamp.privacy.request;

import org.bluelamp.contact.clocks.WorkingDays;

import java.time.LocalDate;

/**
 * When a subject access request must be answered: one calendar month from the day proof of identity was received —
 * the same day of the next month, or that month's last day when it has no such day (31 January to 28 February, or
 * 29 February in a leap year) — moved to the next working day when it falls on a weekend or bank holiday.
 */
final class DueDate {

    private final WorkingDays workingDays;

    DueDate(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    LocalDate from(LocalDate identityReceived) {
        // plusMonths keeps the day of the month, or takes the month's last day when it is too short
        LocalDate due = identityReceived.plusMonths(1);
        while (!workingDays.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return due;
    }
}
