package org.bluelamp.privacy.request;

import org.bluelamp.platform.form.FormInput;

import java.time.LocalDate;
import java.util.List;

/**
 * How the team checked who is asking, a note, and the day the proof arrived: not before the request, not in the
 * future.
 *
 * @param note null when none was written
 */
record IdentityForm(String method, String note, LocalDate receivedOn) {

    static final List<String> METHODS = List.of("seen-at-station", "checked-upload");
    static final int NOTE_LENGTH = 2000;

    /** @param earliest the day the request came; @param today the latest day the proof can have come */
    static IdentityForm read(FormInput form, LocalDate earliest, LocalDate today) {
        String method = form.choice("method", METHODS, "data-request.error.method");
        String note = form.optionalText("note", NOTE_LENGTH);
        LocalDate receivedOn = form.date("received-day", "received-month", "received-year",
                "data-request.error.received");
        if (receivedOn != null && (receivedOn.isAfter(today) || receivedOn.isBefore(earliest))) {
            form.fail("received-day", "data-request.error.received.range");
        }
        return new IdentityForm(method, note, receivedOn);
    }
}
