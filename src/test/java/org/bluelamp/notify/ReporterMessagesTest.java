package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What reporters are sent as their report is received and worked, through the real journey and back office. */
@BluelampTest
class ReporterMessagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    MessageWriter writer;

    record Sent(String kind, String channel, String recipient, String subject, String body, Instant notBefore) {
    }

    private List<Sent> sentAbout(String reference) {
        return jdbc.sql("""
                        select kind, channel, recipient, subject, body, not_before from message
                        where reference = :reference order by created_at, channel""")
                .param("reference", reference)
                .query((rs, row) -> new Sent(rs.getString("kind"), rs.getString("channel"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getTimestamp("not_before").toInstant()))
                .list();
    }

    /** Waits until nothing published about the reference is still being handled, so "nothing sent" means it. */
    private void awaitListenersDone(String reference) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and serialized_event like :reference""")
                .param("reference", "%" + reference + "%").query(Integer.class).single() == 0);
    }

    @Test
    void theAcknowledgementGoesOnceByEmailWithTheReferenceTypeAndDateAndNothingTheReporterTypedOrChose() {
        String reference = OnlineReports.crime(port, jdbc, "Acknowledged: my scooter was taken from the drive.",
                CrimeJourneySteps.contactedBy("alex@example.com", "07700 900321", "email", "certain-times",
                        "weekdays-0800-1200", "weekdays-1200-1700", "weekends-1700-2100"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentAbout(reference).isEmpty());

        var sent = sentAbout(reference);
        assertThat(sent).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo("acknowledgement");
            assertThat(email.channel()).isEqualTo("email");
            assertThat(email.recipient()).isEqualTo("alex@example.com");
            assertThat(email.subject()).contains(reference).doesNotContainIgnoringCase("scooter");
            assertThat(email.body()).contains(reference, "Type of report: Report a crime", "Received: ",
                    "/track?ref=" + reference, "within 24 hours", "999");
            assertThat(email.body()).as("nothing a stranger reading it could use")
                    .doesNotContain("scooter", "Alex Example", "1985", "27 March", "2 Home Road", "LE2 2BB",
                            "1 Library Street", "LE1 1AA", "alex@example.com", "07700", "900321", "Theft",
                            "Safe to contact", "Mornings");
        });
    }

    /** Issue 25: a report sent from Welsh pages is Welsh: its acknowledgement, its contact, and what staff see. */
    @Test
    void aReportSentInWelshIsAcknowledgedInWelshAndStaffSeeItsLanguage() {
        String reference = OnlineReports.crime(port, jdbc, "Cymraeg: my bike was taken from the shed.",
                CrimeJourneySteps.contactedBy("rhys@example.com", "07700 900654", "email", "any-time"), "cy");
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentAbout(reference).isEmpty());

        assertThat(jdbc.sql("select language from report where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("cy");
        assertThat(jdbc.sql("select language from contact where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("cy");
        assertThat(sentAbout(reference)).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Eich cyfeirnod yw " + reference);
            assertThat(email.body()).contains("Diolch am gysylltu", "Math o adroddiad: Rhoi gwybod am drosedd",
                            "/track?ref=" + reference)
                    .doesNotContain("Thank you for contacting", "Type of report", "Report a crime");
        });
        assertThat(jdbc.sql("select language from message where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("cy");

        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        String id = jdbc.sql("select id from message where reference = :r").param("r", reference)
                .query(String.class).single();
        assertThat(handler.get("/staff/outbox/" + id).body()).contains("Language", "Welsh");
        var overview = handler.get("/staff/contacts/" + reference).body();
        assertThat(overview).contains("lang=\"en", "data-language=\"cy\"", "The reporter used Welsh");
        assertThat(handler.get("/staff/contacts/" + reference + "/actions/request-information").body())
                .contains("Reply in Welsh");
        // An English reporter's contact carries no reminder.
        String english = OnlineReports.crime(port, jdbc, "Saesneg: my bike was taken from the shed.");
        assertThat(handler.get("/staff/contacts/" + english).body()).doesNotContain("data-language=");
        assertThat(handler.get("/staff/contacts/" + english + "/actions/request-information").body())
                .doesNotContain("Reply in Welsh");
    }

    @Test
    void anAcknowledgementNamesNobodyTheReportIsAbout() {
        var steps = new java.util.ArrayList<CrimeJourneySteps.Step>();
        for (var step : CrimeJourneySteps.contactedBy("robin@example.com", "07700 900654", "email", "any-time")) {
            switch (step.question()) {
                case "suspect" -> steps.add(new CrimeJourneySteps.Step("suspect", List.of("suspect", "known",
                        "suspect-known-detail", "Jordan Suspect of 9 Suspect Lane")));
                case "witnesses" -> steps.add(new CrimeJourneySteps.Step("witnesses", List.of("witnesses", "yes",
                        "witnesses-yes-detail", "Casey Witness, 07700 900777")));
                case "reporter-role" -> {
                    steps.add(new CrimeJourneySteps.Step("reporter-role", List.of("reporter-role", "someone-else")));
                    steps.add(new CrimeJourneySteps.Step("victim-details", List.of("victim-details-name",
                            "Morgan Victim", "victim-details-relationship", "Neighbour", "victim-details-contact",
                            "morgan@example.com")));
                }
                default -> steps.add(step);
            }
        }
        String reference = OnlineReports.crime(port, jdbc, "Others: my neighbour's bike was taken.", steps);
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentAbout(reference).isEmpty());
        assertThat(jdbc.sql("select summary::text from report where reference = :r").param("r", reference)
                .query(String.class).single()).as("the report has them")
                .contains("Jordan Suspect", "Casey Witness", "Morgan Victim");

        assertThat(sentAbout(reference)).singleElement().satisfies(email -> assertThat(email.body())
                .contains(reference, "Report a crime")
                .doesNotContain("Jordan", "Suspect Lane", "Casey", "900777", "Morgan", "morgan@example.com",
                        "Neighbour", "robin@example.com", "900654", "2 Home Road", "1985"));
    }

    @Test
    void aMissingPersonReportsAcknowledgementHoldsNothingAboutTheMissingPersonOrTheCaller() {
        var caller = new WebSession(port);
        caller.get("/report/missing-person");
        caller.post("/report/missing-person", "emergency", "no");
        answered(caller, "/report/missing-person/risk", "risk", "none");
        answered(caller, "/report/missing-person/person", "person-name", "Pat Missing", "person-other-names", "Patsy",
                "person-age", "about 40");
        answered(caller, "/report/missing-person/description", "description-height", "5ft 6",
                "description-clothing", "A red coat");
        answered(caller, "/report/missing-person/photo", "action", "continue");
        answered(caller, "/report/missing-person/where", "where", "address", "where-line1", "4 Last Seen Road",
                "where-town", "Leicester", "where-postcode", "le3 3ab");
        answered(caller, "/report/missing-person/when", "when", "exact", "when-exact-day", "3", "when-exact-month", "11",
                "when-exact-year", "2026", "when-exact-time", "9am");
        answered(caller, "/report/missing-person/places", "places", "Her sister's flat on Hidden Street");
        answered(caller, "/report/missing-person/their-phone", "their-phone-phone", "07700 900888");
        answered(caller, "/report/missing-person/health", "health", "Needs insulin twice a day");
        answered(caller, "/report/missing-person/why-worried", "why-worried", "She has never stayed out before");
        answered(caller, "/report/missing-person/relationship", "relationship", "Her brother");
        answered(caller, "/report/missing-person/your-name", "your-name", "Sam Caller");
        answered(caller, "/report/missing-person/contact-details", "contact-details-email", "sam.caller@example.com",
                "contact-details-phone", "07700 900999");
        answered(caller, "/report/missing-person/preferred-contact", "preferred-contact", "email");
        answered(caller, "/report/missing-person/safe-to-contact", "safe-to-contact", "any-time");
        var check = caller.post("/report/missing-person/support-needs", "support-needs", "none");
        assertThat(check.path()).as(check.body()).isEqualTo("/report/missing-person/check-answers");
        var confirmation = caller.post("/report/missing-person/submit", "declaration", "accepted");
        var sent = java.util.regex.Pattern.compile("data-reference>([A-Z0-9-]+)<").matcher(confirmation.body());
        assertThat(sent.find()).as(confirmation.body()).isTrue();
        String reference = sent.group(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentAbout(reference).isEmpty());

        assertThat(sentAbout(reference)).singleElement().satisfies(email -> {
            assertThat(email.recipient()).isEqualTo("sam.caller@example.com");
            assertThat(email.body()).contains(reference, "Type of report: Report a missing person", "/track?ref=")
                    .doesNotContain("Pat", "about 40", "red coat", "Last Seen Road", "LE3 3CC",
                            "Hidden Street", "900888", "insulin", "never stayed out", "brother", "Sam Caller",
                            "sam.caller@example.com", "900999");
        });
    }

    @Test
    void emailAndTextBothGoAndTheTextSaysNothingOfWhatHappened() {
        String reference = OnlineReports.crime(port, jdbc, "Both ways: someone keyed my car on the street.",
                CrimeJourneySteps.contactedBy("sam@example.com", "07700 900123", "email-and-text", "any-time"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAbout(reference).size() == 2);

        var text = sentAbout(reference).stream().filter(s -> s.channel().equals("sms")).findFirst().orElseThrow();
        assertThat(text.recipient()).isEqualTo("+447700900123");
        assertThat(text.subject()).isNull();
        assertThat(text.body()).contains(reference).doesNotContainIgnoringCase("keyed").doesNotContainIgnoringCase("car");
    }

    @Test
    void nothingIsSentToSomeoneWhoSaidItIsNotSafe() {
        String reference = OnlineReports.crime(port, jdbc, "Not safe: my partner took my bank card.",
                CrimeJourneySteps.contactedBy("kim@example.com", "07700 900456", "text", "no"));
        awaitListenersDone(reference);

        assertThat(sentAbout(reference)).isEmpty();
        assertThat(overview(reference)).contains("Not safe to contact",
                "The reporter said it is not safe to contact them. We send them no emails or texts about this report.");
    }

    /** Answers one page of a journey and checks the journey went on. */
    private static void answered(WebSession session, String path, String... form) {
        var page = session.post(path, form);
        assertThat(page.pathOnly()).as(page.body()).isNotEqualTo(path);
    }

    @Test
    void aReplyInBslIsPromisedInTheAcknowledgementTheHandlerIsShownTheNextStepAndNoEmailSaysCall101Alone() {
        String reference = OnlineReports.crime(port, jdbc, "In BSL: my bike was taken from the shed.",
                CrimeJourneySteps.contactedBy("deaf@example.com", "", "bsl-relay-call", "any-time"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentAbout(reference).isEmpty());
        assertThat(sentAbout(reference)).singleElement().satisfies(email -> {
            assertThat(email.recipient()).isEqualTo("deaf@example.com");
            assertThat(email.body()).contains("You asked for a BSL video call. We will contact you to agree a time.",
                    "through our BSL video relay, with an interpreter").doesNotContain("\n\n\n");
        });

        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        var overview = handler.get("/staff/contacts/" + reference).body();
        assertThat(overview).contains("Reply in BSL", "BSL video relay call at a booked time",
                "Ask them when they can take a video call", "href=\"/staff/relay\"",
                "href=\"/staff/contacts/" + reference + "/actions/request-information\"");
        assertThat(overview.indexOf("Reply in BSL")).as("above the deadlines and details")
                .isLessThan(overview.indexOf(">Deadlines<"));

        handler.get("/staff/contacts/" + reference + "/actions/request-information");
        handler.post("/staff/contacts/" + reference + "/actions/request-information",
                "question", "When can you take a video call?");
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAbout(reference).size() == 2);
        var question = sentAbout(reference).stream().filter(s -> s.kind().equals("information-request"))
                .findFirst().orElseThrow();
        assertThat(question.body()).contains("call 101 (18001 101 through Relay UK), or use our BSL video relay at ",
                "/bsl (open ", "and give your reference number");
    }

    @Test
    void aReporterWhoAskedForNoBslIsToldToCall101AsBefore() {
        String reference = OnlineReports.crime(port, jdbc, "Not BSL: my shed was broken into.",
                CrimeJourneySteps.contactedBy("hearing@example.com", "", "email", "any-time"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentAbout(reference).isEmpty());
        assertThat(sentAbout(reference).getFirst().body()).doesNotContain("You asked for");
        assertThat(overview(reference)).doesNotContain("Reply in BSL");
    }

    private String overview(String reference) {
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        return handler.get("/staff/contacts/" + reference).body();
    }

    @Test
    void onlyInTheEveningsHoldsTheMessageUntilTheNextEvening() {
        String reference = OnlineReports.crime(port, jdbc, "Evenings: a fence panel was kicked in.",
                CrimeJourneySteps.contactedBy("lee@example.com", "", "email", "certain-times", "weekdays-1700-2100", "weekends-1700-2100"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentAbout(reference).isEmpty());

        var notBefore = sentAbout(reference).getFirst().notBefore().atZone(ZoneId.of("Europe/London"));
        var local = notBefore.toLocalTime();
        assertThat(local.equals(LocalTime.of(17, 0)) || local.isAfter(LocalTime.of(17, 0)) && local.isBefore(LocalTime.of(21, 0)))
                .as("held until the evening, or sent at once in the evening: %s", notBefore).isTrue();
        assertThat(overview(reference)).contains("Only at certain times", "5pm to 9pm, Monday to Friday", "5pm to 9pm, Saturday and Sunday", "Email")
                .doesNotContain("not safe to contact them");
    }

    @Test
    void aQuestionAndTheOutcomeEachGoOnceAndTheOutcomeIsInTheEmailOnly() {
        String reference = OnlineReports.crime(port, jdbc, "Worked: a bag was taken from my car.",
                CrimeJourneySteps.contactedBy("jo@example.com", "07700 900789", "email-and-text", "any-time"));
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        handler.get("/staff/contacts/" + reference + "/actions/request-information");
        handler.post("/staff/contacts/" + reference + "/actions/request-information",
                "question", "What colour was the bag?");
        handler.get("/staff/contacts/" + reference + "/actions/close");
        handler.post("/staff/contacts/" + reference + "/actions/close",
                "outcome", "We found your bag at the station and it is waiting for you.", "closingCategory", "Crime");
        // closing also asks, once, how we did (tracking.SatisfactionQuestions), by both ways they chose
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAbout(reference).size() == 8);

        var sent = sentAbout(reference);
        assertThat(sent).extracting(Sent::kind).containsExactlyInAnyOrder("acknowledgement", "acknowledgement",
                "information-request", "information-request", "outcome", "outcome", "satisfaction", "satisfaction");
        assertThat(sent).filteredOn(s -> s.kind().equals("satisfaction"))
                .allSatisfy(s -> assertThat(s.body()).contains("((surveyLink))").doesNotContain("bag"));
        assertThat(sent).filteredOn(s -> s.kind().equals("information-request"))
                .allSatisfy(s -> assertThat(s.body()).doesNotContain("colour").contains("/track?ref=" + reference));
        assertThat(sent).filteredOn(s -> s.kind().equals("outcome") && s.channel().equals("email"))
                .singleElement().satisfies(s -> assertThat(s.body()).contains("We found your bag at the station"));
        assertThat(sent).filteredOn(s -> s.kind().equals("outcome") && s.channel().equals("sms"))
                .singleElement().satisfies(s -> assertThat(s.body()).doesNotContain("bag"));
    }

    @Test
    void aListenerRunAgainStoresNothingTwice() {
        String reference = OnlineReports.crime(port, jdbc, "Twice: my shed was broken into.");
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAbout(reference).size() == 1);
        UUID reportId = jdbc.sql("select id from report where reference = :r").param("r", reference)
                .query(UUID.class).single();

        int stored = writer.write(MessageKind.ACKNOWLEDGEMENT, reportId.toString(), reference, Map.of(),
                List.of(new Delivery(MessageChannel.EMAIL, "alex@example.com", Instant.now())));

        assertThat(stored).isZero();
        assertThat(sentAbout(reference)).hasSize(1);
    }

    @Test
    void readingAMessageToTheReporterIsRecordedOnTheirContactsTimeline() {
        String reference = OnlineReports.crime(port, jdbc, "Looked at: a wing mirror was snapped off.");
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAbout(reference).size() == 1);
        String id = jdbc.sql("select id from message where reference = :r").param("r", reference)
                .query(String.class).single();
        var handler = new WebSession(port);
        var account = staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);

        assertThat(handler.get("/staff/outbox/" + id).body()).contains(reference, "Type of report: Report a crime");

        assertThat(jdbc.sql("""
                        select count(*) from contact_timeline t join contact c on c.id = t.contact_id
                        where c.reference = :r and t.kind = 'viewed' and t.actor = :who and t.details ->> 'page' = 'message'""")
                .param("r", reference).param("who", account.username()).query(Integer.class).single()).isOne();
        assertThat(handler.get("/staff/contacts/" + reference + "/timeline").body()).contains("A message to the reporter");
    }

    @Test
    void theConfirmationPromisesOnlyWhatTheReporterAgreedTo() {
        assertThat(confirmationFor(CrimeJourneySteps.contactedBy("a@example.com", "", "email", "no")))
                .contains("You told us it is not safe to contact you, so we will not send you emails or texts")
                .doesNotContain("by email or text within 24 hours");
        assertThat(confirmationFor(CrimeJourneySteps.contactedBy("b@example.com", "", "email", "certain-times", "weekdays-0800-1200")))
                .contains("only at the times you told us are safe");
        assertThat(confirmationFor(CrimeJourneySteps.contactedBy("c@example.com", "", "email", "any-time")))
                .contains("We'll contact you by email or text within 24 hours");
    }

    private String confirmationFor(List<CrimeJourneySteps.Step> steps) {
        var reporter = new WebSession(port);
        reporter.get(CrimeJourneySteps.START);
        reporter.post(CrimeJourneySteps.START, "emergency", "no");
        for (var step : steps) {
            reporter.post(step.path(), step.formWith("Confirmation: my post box was set on fire."));
        }
        return reporter.post(CrimeJourneySteps.SUBMIT, "declaration", "accepted").body();
    }
}
