package org.bluelamp.reporting;

import java.util.List;

/**
 * What the back office searches a report by and scans for danger, found by the kind of each answer (an email
 * field, a UK phone, a postcode, a vehicle registration, a name), never by a question's id.
 *
 * @param freeText the reporter's own words: each text and textarea answer, one entry each
 * @param account  everything the report says, as shown on "Check your answers", for words in the account
 */
public record ReportParticulars(List<String> names, List<String> emails, List<String> phones, List<String> postcodes,
                                List<String> vehicleRegistrations, List<String> freeText, String account) {

    public ReportParticulars {
        names = List.copyOf(names);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        postcodes = List.copyOf(postcodes);
        vehicleRegistrations = List.copyOf(vehicleRegistrations);
        freeText = List.copyOf(freeText);
    }
}
