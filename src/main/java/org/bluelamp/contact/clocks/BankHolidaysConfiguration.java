package org.bluelamp.contact.clocks;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.language.English;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.LocalDate;

/** Reads the bank holidays once, at start, and warns when the list is about to run out. */
@Configuration(proxyBeanMethods = false)
class BankHolidaysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BankHolidays.class);

    @Bean
    BankHolidays bankHolidays(BankHolidaysProperties properties, Clock clock, Environment environment) {
        // The list used to be a setting; a force that still sets it would otherwise lose its own dates silently.
        if (Binder.get(environment).bind("bluelamp.contact.clocks.bank-holidays", Bindable.listOf(String.class))
                .isBound()) {
            throw BankHolidaysUnreadable.oldSettingSet();
        }
        var holidays = BankHolidaysFile.read(properties.file(), properties.division());
        warnIfRunningOut(holidays, clock.instant().atZone(LondonTime.ZONE).toLocalDate());
        return holidays;
    }

    static void warnIfRunningOut(BankHolidays holidays, LocalDate today) {
        if (holidays.runOutWithinAYearOf(today)) {
            log.warn("The bank holidays in {} ({}) end on {}, less than a year from today: after that day bank holidays "
                            + "count as working days. Put a newer copy of https://www.gov.uk/bank-holidays.json there, "
                            + "or set bluelamp.bank-holidays.file (BLUELAMP_BANK_HOLIDAYS_FILE) to one.",
                    holidays.file(), holidays.division(), English.forStaff().date(holidays.last()));
        }
    }
}
