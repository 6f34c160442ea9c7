package org.bluelamp;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A contact handler's way through the crime call screens, from "Where and when" to the saved call. */
public final class CrimeCallScreens {

    private static final Pattern REFERENCE = Pattern.compile("<strong>([A-Z0-9-]+)</strong>");

    private CrimeCallScreens() {
    }

    /** The saved call's page and its reference. */
    public record Saved(String path, String reference) {
    }

    public static Saved finish(WebSession handler, WebSession.Page where) {
        var contacting = upToContacting(handler, where);
        var summary = handler.post(contacting.path(), "contact-details-email", "alex@example.com",
                "preferred-contact", "email", "safe-to-contact", "any-time", "support-needs", "none");
        return save(handler, summary);
    }

    /** From "Where and when" to the "Contacting them" screen. */
    public static WebSession.Page upToContacting(WebSession handler, WebSession.Page where) {
        var loss = handler.post(where.path(), "when", "exact", "when-exact-day", "3", "when-exact-month", "11",
                "when-exact-year", String.valueOf(LocalDate.now().getYear() - 1), "when-exact-time", "9am",
                "where", "address", "where-line1", "1 Library Street", "where-town", "Leicester", "where-postcode",
                "le1 1aa");
        assertThat(loss.body()).contains("Loss and damage").doesNotContain("govuk-error-summary");
        var who = handler.post(loss.path(), "anything-stolen", "no", "anything-damaged", "no");
        var evidence = handler.post(who.path(), "suspect", "no", "witnesses", "not-sure");
        var about = handler.post(evidence.path(), "evidence", "no");
        var contacting = handler.post(about.path(), "reporter-role", "victim", "your-name", "Alex Example",
                "date-of-birth-day", "27", "date-of-birth-month", "3", "date-of-birth-year", "1985",
                "your-address-line1", "2 Home Road", "your-address-town", "Leicester", "your-address-postcode",
                "LE2 2BB");
        assertThat(contacting.body()).contains("Contacting them").doesNotContain("govuk-error-summary");
        return contacting;
    }

    /** Saves the call from its summary. */
    public static Saved save(WebSession handler, WebSession.Page summary) {
        assertThat(summary.path()).endsWith("/summary");
        assertThat(summary.body()).contains("Check the caller’s answers", "Where and when", "Alex Example",
                "Finish and save", "/screen/crime-type?change=true");
        var saved = handler.post(summary.path().replace("/summary", "/finish"));
        assertThat(saved.path()).endsWith("/saved");
        var matcher = REFERENCE.matcher(saved.body());
        assertThat(matcher.find()).as("the reference on the saved page").isTrue();
        String reference = matcher.group(1);
        assertThat(saved.body()).contains("Call saved", "href=\"/staff/contacts/" + reference + "\"");
        return new Saved(saved.path(), reference);
    }
}
