package org.bluelamp.privacy.request;

import org.bluelamp.contact.clocks.BankHolidays;
import org.bluelamp.contact.clocks.WorkingDays;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The request clock with the force's bank holidays, and "today" in the UK. */
@Component
class DueDates {


    private final DueDate rule;
    private final Clock clock;

    DueDates(BankHolidays bankHolidays, Clock clock) {
        this.rule = new DueDate(new WorkingDays(bankHolidays.dates(), LondonTime.ZONE));
        this.clock = clock;
    }

    LocalDate dueFrom(LocalDate identityReceived) {
        return rule.from(identityReceived);
    }

    LocalDate today() {
        return dayOf(clock.instant());
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(LondonTime.ZONE).toLocalDate();
    }

    /** A day as the reader's language writes it: "29 February 2028", "29 Chwefror 2028". */
    static String show(LocalDate day, Texts texts) {
        return texts.dates().date(day);
    }

    /** Days from today to the due date: negative when overdue. */
    long daysLeft(LocalDate dueOn) {
        return ChronoUnit.DAYS.between(today(), dueOn);
    }
}
