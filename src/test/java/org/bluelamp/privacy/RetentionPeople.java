package org.bluelamp.privacy;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.staff.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** People reporting and reviewing, for the retention tests, on a clock the tests move forward. */
record RetentionPeople(int port, JdbcClient jdbc, TestClock clock, StaffAccountsForTests staffAccounts) {

    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    /** Who reports, in details no one else has. */
    record Person(String name, String email, String phone, String addressLine, String postcode, String story) {
    }

    /** A crime report sent through the public pages, with a PDF statement in the person's words; its reference. */
    String reports(Person person) {
        var session = new WebSession(port);
        session.get(CrimeJourneySteps.START);
        session.post(CrimeJourneySteps.START, "emergency", "no");
        session.post("/report/crime/crime-type", "crime-type", "criminal-damage");
        session.post("/report/crime/what-happened", "what-happened", person.story());
        session.post("/report/crime/when", "when", "exact", "when-exact-day", "3", "when-exact-month", "11",
                "when-exact-year", "2026", "when-exact-time", "9am");
        session.post("/report/crime/where", "where", "address", "where-line1", person.addressLine(), "where-town",
                "Leicester", "where-postcode", person.postcode());
        session.post("/report/crime/anything-stolen", "anything-stolen", "no");
        session.post("/report/crime/anything-damaged", "anything-damaged", "no");
        session.post("/report/crime/suspect", "suspect", "no");
        session.post("/report/crime/witnesses", "witnesses", "not-sure");
        session.post("/report/crime/evidence", "evidence", "yes", "evidence-yes-detail",
                "A statement by " + person.name());
        session.upload("/report/crime/evidence-files", "evidence-files", "statement.pdf", statement(person),
                "action", "continue");
        session.post("/report/crime/reporter-role", "reporter-role", "victim");
        session.post("/report/crime/your-name", "your-name", person.name());
        session.post("/report/crime/date-of-birth", "date-of-birth-day", "27", "date-of-birth-month", "3",
                "date-of-birth-year", "1985");
        session.post("/report/crime/your-address", "your-address-line1", person.addressLine(), "your-address-town",
                "Leicester", "your-address-postcode", person.postcode());
        session.post("/report/crime/contact-details", "contact-details-email", person.email(),
                "contact-details-phone", person.phone());
        session.post("/report/crime/preferred-contact", "preferred-contact", "email");
        session.post("/report/crime/safe-to-contact", "safe-to-contact", "any-time");
        var check = session.post("/report/crime/support-needs", "support-needs", "none");
        assertThat(check.path()).isEqualTo("/report/crime/check-answers");
        assertThat(check.body()).contains("statement.pdf");
        var confirmation = session.post(CrimeJourneySteps.SUBMIT, "declaration", "accepted");
        var sent = REFERENCE.matcher(confirmation.body());
        assertThat(sent.find()).as("a reference on the confirmation page").isTrue();
        String reference = sent.group(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r")
                .param("r", reference).query(Integer.class).single() == 1);
        return reference;
    }

    /** A real one-page PDF whose text (uncompressed, so a scan of the bytes finds it) carries the person's details. */
    static byte[] statement(Person person) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE,
                    false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 780);
                for (String line : List.of("Statement by " + person.name(), person.story(), person.email(),
                        person.phone(), person.postcode())) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A member of staff with the role, signed in at the application's time. */
    WebSession staff(StaffRole role) {
        var session = new WebSession(port);
        staffAccounts.signIn(session, staffAccounts.create(role), clock.instant());
        return session;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
    }

    /** Moves the application's clock forward to midday, UK time, on the day. */
    void moveTo(LocalDate day) {
        var target = day.atTime(LocalTime.NOON).atZone(LondonTime.ZONE).toInstant();
        var by = Duration.between(clock.instant(), target);
        assertThat(by).as("the clock only moves forward").isPositive();
        clock.advance(by);
    }

    /** Waits until every event's listeners have finished (delivered events are deleted). */
    void eventsHandled() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication")
                .query(Integer.class).single() == 0);
    }

    List<String> dueReferences() {
        return jdbc.sql("SELECT record_ref FROM retention_review WHERE status = 'due'").query(String.class).list();
    }
}
