package org.bluelamp.contact.clocks;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param file     a file in GOV.UK's {@code bank-holidays.json} format: {@code classpath:bank-holidays.json} (England
 *                 and Wales, shipped in the jar) unless set, or a path on the machine for a force's newer copy
 * @param division which of the file's divisions is the force's: {@code england-and-wales}, {@code scotland} or
 *                 {@code northern-ireland}
 */
@ConfigurationProperties("bluelamp.bank-holidays")
record BankHolidaysProperties(String file, String division) {

    BankHolidaysProperties {
        if (file == null || file.isBlank()) {
            file = "classpath:bank-holidays.json";
        }
        if (division == null || division.isBlank()) {
            division = "england-and-wales";
        }
    }
}
