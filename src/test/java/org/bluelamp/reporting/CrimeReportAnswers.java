package org.bluelamp.reporting;

import org.bluelamp.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers every page of the crime journey as a member of the public would, for integration tests. */
public final class CrimeReportAnswers {

    private CrimeReportAnswers() {
    }

    /** Starts a crime report and answers it up to "Check your answers", saying something was stolen. */
    public static WebSession.Page upToCheckAnswers(WebSession session) {
        session.get("/report/crime");
        assertThat(session.post("/report/crime", "emergency", "no").path()).isEqualTo("/report/crime/crime-type");
        session.post("/report/crime/crime-type", "crime-type", "theft");
        session.post("/report/crime/what-happened", "what-happened", "My bike was taken from outside the library.");
        session.post("/report/crime/when", "when", "between", "when-from-day", "3", "when-from-month", "11",
                "when-from-year", "2026", "when-from-time", "9am", "when-to-day", "3", "when-to-month", "11",
                "when-to-year", "2026", "when-to-time", "11:30am");
        session.post("/report/crime/where", "where", "address", "where-line1", "1 Library Street", "where-town",
                "Leicester", "where-postcode", "le1 1aa");
        // Theft: no "Was anything stolen?", straight to what was.
        session.post("/report/crime/stolen-items", "action", "add", "stolen-items-description", "Red bicycle",
                "stolen-items-value", "450");
        session.post("/report/crime/stolen-items", "action", "continue");
        session.post("/report/crime/anything-damaged", "anything-damaged", "no");
        session.post("/report/crime/suspect", "suspect", "no");
        session.post("/report/crime/witnesses", "witnesses", "not-sure");
        session.post("/report/crime/evidence", "evidence", "no");
        session.post("/report/crime/reporter-role", "reporter-role", "victim");
        session.post("/report/crime/your-name", "your-name", "Alex Example");
        session.post("/report/crime/date-of-birth", "date-of-birth-day", "27", "date-of-birth-month", "3",
                "date-of-birth-year", "1985");
        session.post("/report/crime/your-address", "your-address-line1", "2 Home Road", "your-address-town",
                "Leicester", "your-address-postcode", "LE2 2BB");
        session.post("/report/crime/contact-details", "contact-details-email", "alex@example.com");
        session.post("/report/crime/preferred-contact", "preferred-contact", "email");
        session.post("/report/crime/safe-to-contact", "safe-to-contact", "any-time");
        var page = session.post("/report/crime/support-needs", "support-needs", "none");
        assertThat(page.path()).isEqualTo("/report/crime/check-answers");
        return page;
    }
}
