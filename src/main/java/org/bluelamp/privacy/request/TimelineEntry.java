package org.bluelamp.privacy.request;

import org.bluelamp.platform.language.English;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/** One step on a request's timeline: who (a username, "requester" or "system"), what, and its details. */
public record TimelineEntry(Instant at, String actor, String kind, Map<String, String> detail) {

    /** Details kept as dates (ISO, for machines) and shown in words. */
    private static final Set<String> DATES = Set.of("due", "receivedOn", "dateOfBirth");

    /**
     * A detail as the team reads it: dates and times in words; a method, a legal reason or anything else as stored
     * (the page words those from its messages).
     */
    public String shown(String key) {
        String value = detail.get(key);
        if (value == null) {
            return "";
        }
        try {
            if (DATES.contains(key)) {
                return English.forStaff().date(LocalDate.parse(value));
            }
            if (key.equals("expires")) {
                return English.forStaff().dateAndTime(Instant.parse(value));
            }
        } catch (DateTimeParseException notADate) {
            return value;
        }
        return value;
    }
}
