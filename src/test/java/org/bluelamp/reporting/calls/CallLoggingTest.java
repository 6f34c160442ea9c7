package org.bluelamp.reporting.calls;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeCallScreens;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A contact handler logs a 101 call, a walk-in or an email as a report, one screen per section of its definition. */
@BluelampTest
class CallLoggingTest {

    private static final Pattern STARTED = Pattern.compile("id=\"started\" name=\"started\" type=\"text\" value=\"([0-9:]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    WebSession handler;
    StaffAccountsForTests.Account account;

    @BeforeEach
    void signIn() {
        handler = new WebSession(port);
        account = staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
    }

    @Test
    void aPhoneCallAboutACrimeIsStoredWithItsCallTimesAndOpensAPhoneContact() {
        var form = handler.get("/staff/calls/new");
        assertThat(form.status()).isEqualTo(200);
        // The page's own choices, not the footer (which tells the public about the video relay).
        String choices = form.body().substring(form.body().indexOf("<main"), form.body().indexOf("</main>"));
        assertThat(choices).contains("Log a call", "101 phone call", "Front counter (walk-in)", "Email",
                "Report a crime").doesNotContain("video relay").as("recorded by the person, never from a call")
                .doesNotContain("BSL video message");
        String started = match(STARTED, form.body());

        var first = handler.post("/staff/calls", "service", "crime", "channel", "phone", "started", started);
        assertThat(first.path()).endsWith("/screen/crime-type");
        assertThat(first.body()).contains("<h1 class=\"govuk-heading-l\">What happened</h1>",
                "What kind of crime are you reporting?", "What happened?", "101 phone call");
        String screen = first.path();

        var invalid = handler.post(screen, "what-happened", "Bike taken from the shed overnight");
        assertThat(invalid.path()).isEqualTo(screen);
        assertThat(invalid.body()).contains("govuk-error-summary", "href=\"#crime-type\"",
                "Select the kind of crime you are reporting", "Bike taken from the shed overnight");

        var where = handler.post(screen, "crime-type", "criminal-damage", "what-happened", "Bike taken from the shed overnight");
        assertThat(where.body()).contains("Where and when", "When did it happen?", "Where did it happen?")
                .doesNotContain("govuk-error-summary");
        var saved = CrimeCallScreens.finish(handler, where);

        String reference = saved.reference();
        var report = jdbc.sql("""
                        SELECT channel, call_started_at, call_ended_at, logged_by, answers::text AS answers
                        FROM report WHERE reference = :r""").param("r", reference).query().singleRow();
        assertThat(report.get("channel")).isEqualTo("phone");
        assertThat(report.get("logged_by")).isEqualTo(account.username());
        assertThat(report.get("answers").toString()).contains("Bike taken from the shed overnight", "criminal-damage");
        var startedAt = ((Timestamp) report.get("call_started_at")).toInstant();
        var endedAt = ((Timestamp) report.get("call_ended_at")).toInstant();
        assertThat(startedAt.atZone(ZoneId.of("Europe/London")).toLocalTime()).isEqualTo(LocalTime.parse(started));
        assertThat(endedAt).isAfterOrEqualTo(startedAt);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT channel, logged_by, call_started_at FROM contact WHERE reference = :r""")
                .param("r", reference).query().listOfRows()).singleElement().satisfies(contact -> {
                    assertThat(contact.get("channel")).isEqualTo("phone");
                    assertThat(contact.get("logged_by")).isEqualTo(account.username());
                    assertThat(((Timestamp) contact.get("call_started_at")).toInstant()).isEqualTo(startedAt);
                }));
        assertThat(handler.get("/staff/contacts/" + reference).body()).contains("101 phone call", "logged by " + account.username());
        assertThat(handler.post(saved.path().replace("/saved", "/finish")).body()).as("saving twice")
                .contains(reference);
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE reference = :r").param("r", reference)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Issue 25: a caller who asks for Welsh gets their messages in Welsh, and staff see it on the contact. */
    @Test
    void aCallerWhoAskedForWelshIsSentWelsh() {
        var form = handler.get("/staff/calls/new").body();
        assertThat(form).contains("The caller's language", "The caller asked for Welsh", "name=\"language\"");
        String started = match(STARTED, form);
        var first = handler.post("/staff/calls", "service", "crime", "channel", "phone", "started", started,
                "language", "cy");
        var where = handler.post(first.path(), "crime-type", "criminal-damage", "what-happened", "Fence kicked in");
        var contacting = CrimeCallScreens.upToContacting(handler, where);
        var summary = handler.post(contacting.path(), "contact-details-email", "caller@example.com",
                "preferred-contact", "email", "safe-to-contact", "any-time", "support-needs", "none");
        var saved = CrimeCallScreens.save(handler, summary);

        assertThat(jdbc.sql("SELECT language FROM report WHERE reference = :r").param("r", saved.reference())
                .query(String.class).single()).isEqualTo("cy");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM message WHERE reference = :r").param("r", saved.reference())
                .query(Integer.class).single() == 1);
        assertThat(jdbc.sql("SELECT subject FROM message WHERE reference = :r").param("r", saved.reference())
                .query(String.class).single()).isEqualTo("Eich cyfeirnod yw " + saved.reference());
        assertThat(handler.get("/staff/contacts/" + saved.reference()).body()).contains("The reporter used Welsh");
    }

    @Test
    void aPhoneCallWithNoPhoneNumberIsAnErrorOnTheScreenAndABslReplyIsSaved() {
        String started = match(STARTED, handler.get("/staff/calls/new").body());
        var first = handler.post("/staff/calls", "service", "crime", "channel", "phone", "started", started);
        var where = handler.post(first.path(), "crime-type", "criminal-damage", "what-happened", "Phone smashed at the bus stop");
        var contacting = CrimeCallScreens.upToContacting(handler, where);
        var mismatch = handler.post(contacting.path(), "contact-details-email", "caller@example.com",
                "preferred-contact", "phone", "safe-to-contact", "any-time", "support-needs", "none");
        assertThat(mismatch.path()).isEqualTo(contacting.path());
        assertThat(mismatch.body()).contains("govuk-error-summary", "href=\"#preferred-contact\"",
                "You did not give us a phone number.", "value=\"caller@example.com\"", "value=\"phone\" checked");

        var summary = handler.post(contacting.path(), "contact-details-email", "caller@example.com",
                "preferred-contact", "bsl-visit", "safe-to-contact", "any-time", "support-needs", "bsl");
        var saved = CrimeCallScreens.save(handler, summary);
        var stored = jdbc.sql("SELECT reporter::text FROM report WHERE reference = :r")
                .param("r", saved.reference()).query(String.class).single();
        assertThat(stored).contains("\"preference\": \"bsl-visit\"", "\"bslInterpreter\": true");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                handler.get("/staff/contacts/" + saved.reference()).body()).contains("Reply in BSL",
                "Visit from a Police Link Officer for Deaf people (PLOD)",
                "href=\"/staff/contacts/" + saved.reference() + "/visits\""));
    }

    @Test
    void walkInsAndEmailsAreLoggedThroughTheSameScreens() {
        for (var channel : Map.of("in-person", "Front counter (walk-in)", "email", "Email").entrySet()) {
            String started = match(STARTED, handler.get("/staff/calls/new").body());
            var first = handler.post("/staff/calls", "service", "crime", "channel", channel.getKey(), "started", started);
            assertThat(first.body()).contains(channel.getValue());
            var where = handler.post(first.path(), "crime-type", "criminal-damage", "what-happened", "Wallet taken");
            String reference = CrimeCallScreens.finish(handler, where).reference();
            await().atMost(Duration.ofSeconds(10)).until(() -> channel.getKey().equals(jdbc.sql(
                    "SELECT channel FROM contact WHERE reference = :r").param("r", reference).query(String.class)
                    .optional().orElse(null)));
        }
    }

    @Test
    void aQuestionBroughtInByAnAnswerOnTheSameScreenIsAskedThereNotRaisedAsAnError() {
        String started = match(STARTED, handler.get("/staff/calls/new").body());
        var first = handler.post("/staff/calls", "service", "crime", "channel", "phone", "started", started);
        String id = first.path().split("/")[3];
        var about = handler.get("/staff/calls/" + id + "/screen/reporter-role");
        assertThat(about.body()).contains("About the caller").doesNotContain("Who is the victim?");

        var again = handler.post(about.path(), "reporter-role", "someone-else", "your-name", "Sam Caller",
                "date-of-birth-day", "27", "date-of-birth-month", "3", "date-of-birth-year", "1985",
                "your-address-line1", "2 Home Road", "your-address-town", "Leicester", "your-address-postcode",
                "LE2 2BB");
        assertThat(again.path()).isEqualTo(about.path());
        assertThat(again.body()).contains("Who is the victim?", "Sam Caller").doesNotContain("govuk-error-summary");

        var blank = handler.post(about.path(), "reporter-role", "someone-else", "your-name", "Sam Caller");
        assertThat(blank.body()).as("one error summary for the screen, typed values kept")
                .contains("govuk-error-summary", "href=\"#victim-details-name\"", "Enter the victim",
                        "value=\"Sam Caller\"");
    }

    @Test
    void whereThePublicWouldBeSignpostedTheHandlerIsWarnedAndGoesOn() {
        String started = match(STARTED, handler.get("/staff/calls/new").body());
        var first = handler.post("/staff/calls", "service", "anti-social-behaviour", "channel", "phone",
                "started", started);
        var next = handler.post(first.path(), "happening-now", "danger", "kind", "noise",
                "what-happened", "Shouting in the street");
        assertThat(next.body()).contains("govuk-warning-text", "Call 999 now").doesNotContain("govuk-error-summary");
    }

    @Test
    void aListOfStolenItemsHasAScreenOfItsOwnWithinItsSection() {
        String started = match(STARTED, handler.get("/staff/calls/new").body());
        var first = handler.post("/staff/calls", "service", "crime", "channel", "phone", "started", started);
        String id = first.path().split("/")[3];
        handler.post(first.path(), "crime-type", "burglary", "what-happened", "Someone got into the shed");
        var loss = handler.get("/staff/calls/" + id + "/screen/anything-stolen");
        assertThat(loss.body()).contains("Was anything stolen?", "Was anything damaged?");

        var items = handler.post(loss.path(), "anything-stolen", "yes", "anything-damaged", "no");
        assertThat(items.path()).endsWith("/screen/stolen-items");
        assertThat(items.body()).contains("What was stolen?", "Loss and damage").doesNotContain("Was anything damaged?");
        var added = handler.post(items.path(), "action", "add", "stolen-items-description", "Red mountain bike",
                "stolen-items-value", "350");
        assertThat(added.path()).endsWith("/screen/stolen-items");
        assertThat(added.body()).contains("Red mountain bike");
        var next = handler.post(items.path(), "action", "continue");
        assertThat(next.path()).endsWith("/screen/anything-damaged");
    }

    @Test
    void staffWhoDoNotWorkTheOpenQueuesCannotLogCalls() {
        var officer = new WebSession(port);
        staffAccounts.signedIn(officer, StaffRole.OFFICER);
        assertThat(officer.get("/staff/calls/new").status()).isEqualTo(403);
    }

    @Test
    void anotherAccountCannotOpenTheCall() {
        String started = match(STARTED, handler.get("/staff/calls/new").body());
        var first = handler.post("/staff/calls", "service", "crime", "channel", "phone", "started", started);
        var other = new WebSession(port);
        staffAccounts.signedIn(other, StaffRole.CONTACT_HANDLER);
        assertThat(other.get(first.path()).status()).isEqualTo(404);
    }

    @Test
    void aStartTimeLaterTodayIsRejectedWithAClearMessage() {
        var page = handler.get("/staff/calls/new");
        var now = LocalTime.parse(match(STARTED, page.body()));
        String later = now.plusMinutes(now.isAfter(LocalTime.of(23, 0)) ? 0 : 30).toString();
        var invalid = handler.post("/staff/calls", "service", "crime", "channel", "phone", "started", "25:99");
        assertThat(invalid.body()).contains("href=\"#started\"",
                "Enter when the call started as hh:mm on the 24-hour clock").contains("value=\"crime\" checked");
        if (!later.equals(now.toString())) {
            assertThat(handler.post("/staff/calls", "service", "crime", "channel", "phone", "started", later).body())
                    .contains("The time the call started must be now or earlier today");
        }
    }

    private static String match(Pattern pattern, String body) {
        var matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
