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
    void theAcknowledgementGoesOnceByEmailWithTheReferenceAndACopyLeavingOutWhatIsPrivate() {
        String reference = OnlineReports.crime(port, jdbc, "Acknowledged: my scooter was taken from the drive.",
                CrimeJourneySteps.contactedBy("alex@example.com", "", "email", "certain-times", "weekdays-0800-1200",
                        "weekdays-1200-1700", "weekends-1700-2100"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentAbout(reference).isEmpty());

        var sent = sentAbout(reference);
        assertThat(sent).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo("acknowledgement");
            assertThat(email.channel()).isEqualTo("email");
            assertThat(email.recipient()).isEqualTo("alex@example.com");
            assertThat(email.subject()).contains(reference).doesNotContainIgnoringCase("scooter");
            assertThat(email.body()).contains(reference, "Acknowledged: my scooter was taken from the drive.",
                    "/track?ref=" + reference, "within 24 hours", "999");
            assertThat(email.body()).as("whether and when it is safe is private")
                    .doesNotContain("Safe to contact").doesNotContain("Safe times").doesNotContain("Mornings");
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
        await().atMost(Duration.ofSeconds(10)).until(() -> sentAbout(reference).size() == 6);

        var sent = sentAbout(reference);
        assertThat(sent).extracting(Sent::kind).containsExactlyInAnyOrder("acknowledgement", "acknowledgement",
                "information-request", "information-request", "outcome", "outcome");
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

        int stored = writer.write(MessageKind.ACKNOWLEDGEMENT, reportId.toString(), reference, Map.of("answers", ""),
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

        assertThat(handler.get("/staff/outbox/" + id).body()).contains("Looked at: a wing mirror was snapped off.");

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
