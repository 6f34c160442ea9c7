package org.bluelamp.contact;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.QueuePages;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff assess and act on a contact; each action is stored, written to the timeline and, where it concerns the reporter, published. */
@BluelampTest
class ContactWorkTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    ContactEventsForTests events;

    WebSession handler;
    StaffAccountsForTests.Account account;

    @BeforeEach
    void signIn() {
        handler = new WebSession(port);
        account = staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
    }

    @Test
    void anAssessmentWithGapsSaysWhatIsMissingAndKeepsWhatWasTyped() {
        String reference = OnlineReports.crime(port, jdbc, "Someone took my bike from the rack at work.");
        handler.get("/staff/contacts/" + reference + "/actions/assess");
        var page = handler.post("/staff/contacts/" + reference + "/actions/assess",
                "threat", "No ongoing threat", "harm", "Loss of a bike worth 400 pounds", "vulnerabilities", "older-person");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "Enter the risk", "Enter the investigation",
                "Select the overall risk", "Select the grading", "Select the opening incident category",
                ">No ongoing threat</textarea>", ">Loss of a bike worth 400 pounds</textarea>",
                "value=\"older-person\" checked")
                .doesNotContain("Enter the threat", "Enter the harm");
        assertThat(count("contact_assessment", reference)).isZero();
    }

    @Test
    void aReassessmentIsANewAssessmentAndTheFirstStaysAsItWas() {
        String reference = OnlineReports.crime(port, jdbc, "My shed was broken into overnight.");
        assess(reference, "low", "scheduled", "Crime");
        assertThat(status(reference)).isEqualTo("in-progress");
        assess(reference, "high", "priority", "Crime - hate");

        var rows = jdbc.sql("""
                        SELECT a.risk_level, a.grading, a.opening_category FROM contact_assessment a
                        JOIN contact c ON c.id = a.contact_id WHERE c.reference = :r ORDER BY a.assessed_at""")
                .param("r", reference).query((rs, row) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3))
                .list();
        assertThat(rows).containsExactly("low/scheduled/Crime", "high/priority/Crime - hate");
        assertThat(column(reference, "risk")).isEqualTo("high");
        assertThat(column(reference, "grading")).isEqualTo("priority");
        assertThat(handler.get("/staff/contacts/" + reference + "/assessments").body())
                .contains("Latest assessment", "Earlier assessment", "Hate crime");
        assertThat(kinds(reference)).containsSubsequence("received", "assessed", "reassessed");
    }

    @Test
    void aCrimeDecisionIsRecordedWithItsClassificationAndTheVictimIsOwedAnUpdate() {
        String reference = OnlineReports.crime(port, jdbc, "Someone smashed my car window and took my bag.");
        handler.get("/staff/contacts/" + reference + "/actions/crime-decision");
        var missing = handler.post("/staff/contacts/" + reference + "/actions/crime-decision", "decision", "recorded");
        assertThat(missing.body()).contains("Select the Home Office classification");

        var done = handler.post("/staff/contacts/" + reference + "/actions/crime-decision",
                "decision", "recorded", "classification", "45");
        assertThat(done.pathOnly()).isEqualTo("/staff/contacts/" + reference);
        assertThat(done.body()).contains("Crime-recording decision recorded", "Recorded as a crime: 45 Theft from a vehicle");
        assertThat(column(reference, "crime_decision")).isEqualTo("recorded");
        assertThat(column(reference, "victim_update_due")).isNotNull();
        assertThat(events.about(reference, CrimeDecisionMade.class)).singleElement()
                .satisfies(event -> assertThat(event.classification()).isEqualTo("45 Theft from a vehicle"));
    }

    @Test
    void moreInformationIsAskedForAndTheAnswerTakenByPhoneIsRecorded() {
        String reference = OnlineReports.crime(port, jdbc, "My phone was taken from my pocket on the bus.");
        handler.get("/staff/contacts/" + reference + "/actions/request-information");
        handler.post("/staff/contacts/" + reference + "/actions/request-information",
                "question", "Which bus route were you on?");
        assertThat(status(reference)).isEqualTo("awaiting-information");
        var asked = events.about(reference, InformationRequested.class);
        assertThat(asked).singleElement().satisfies(e -> assertThat(e.question()).isEqualTo("Which bus route were you on?"));

        var overview = handler.get("/staff/contacts/" + reference).body();
        assertThat(overview).contains("Which bus route were you on?", "Waiting for an answer", "Record the answer");
        String requestId = asked.getFirst().requestId().toString();
        handler.get("/staff/contacts/" + reference + "/actions/record-answer?request=" + requestId);
        var noHow = handler.post("/staff/contacts/" + reference + "/actions/record-answer", "request", requestId,
                "answer", "The number 14");
        assertThat(noHow.body()).contains("Select how the answer was given", ">The number 14</textarea>");
        handler.post("/staff/contacts/" + reference + "/actions/record-answer", "request", requestId,
                "answer", "The number 14", "how", "phone");

        assertThat(status(reference)).isEqualTo("in-progress");
        assertThat(column(reference, "first_contact_at")).as("an answer by phone is contact with them").isNotNull();
        assertThat(handler.get("/staff/contacts/" + reference).body()).contains("The number 14", "By phone")
                .doesNotContain("Waiting for an answer");
        assertThat(handler.post("/staff/contacts/" + reference + "/actions/record-answer", "request", requestId,
                "answer", "again", "how", "phone").status()).as("nothing left to answer").isEqualTo(404);
    }

    @Test
    void aContactAllocatedToAnOfficerLeavesTheOpenQueueForTheirs() {
        String reference = OnlineReports.crime(port, jdbc, "Allocation: my garage door was forced.");
        var officer = staffAccounts.create("neighbourhood-north", StaffRole.OFFICER);
        assertThat(handler.get("/staff/contacts/" + reference + "/actions/allocate").body())
                .as("staff read teams' names, not their codes")
                .contains("<option value=\"neighbourhood-north\">Neighbourhood North</option>",
                        "(Neighbourhood North)")
                .doesNotContain(">neighbourhood-north<", "(neighbourhood-north)");
        var none = handler.post("/staff/contacts/" + reference + "/actions/allocate");
        assertThat(none.body()).contains("Select a team or an officer");
        handler.post("/staff/contacts/" + reference + "/actions/allocate", "officer", officer.username());

        assertThat(column(reference, "allocated_to")).isEqualTo(officer.username());
        assertThat(column(reference, "allocated_team")).isEqualTo("neighbourhood-north");
        assertThat(events.about(reference, ContactAllocated.class)).hasSize(1);
        var moved = handler.get("/staff/contacts/" + reference);
        assertThat(moved.status()).as("out of the handler's scope now: where it went, not 'not found'").isEqualTo(200);
        assertThat(moved.body()).contains(reference + " has been allocated away", "neighbourhood-north",
                        "Test " + officer.username(), "Allocated by", "Test " + account.username())
                .doesNotContain("garage door", "Alex Example", "alex@example.com", "Record the answer");
        assertThat(handler.get("/staff/contacts/" + reference + "/report").body()).as("a tab too")
                .contains("has been allocated away").doesNotContain("garage door", "Alex Example");
        var stranger = new WebSession(port);
        staffAccounts.signedIn(stranger, StaffRole.CONTACT_HANDLER);
        var notTheirs = stranger.get("/staff/contacts/" + reference);
        assertThat(notTheirs.status()).as("never theirs: not found, which says nothing").isEqualTo(404);
        assertThat(notTheirs.body()).doesNotContain("neighbourhood-north", "allocated away");
        var theirs = new WebSession(port);
        staffAccounts.signIn(theirs, officer);
        assertThat(theirs.get("/staff/contacts?view=mine").body()).contains(reference);
        assertThat(theirs.get("/staff/contacts/" + reference).body()).contains("(Neighbourhood North)")
                .doesNotContain("neighbourhood-north");
        assertThat(theirs.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("Team:</span> Neighbourhood North").doesNotContain("neighbourhood-north");
    }

    @Test
    void aRequestForInterpretersIsOnTheOverviewAndInTheQueue() {
        String reference = OnlineReports.crime(port, jdbc, "Support: my bike was taken from the station.",
                CrimeJourneySteps.withSupportNeeds("support-needs", "bsl", "support-needs", "language",
                        "support-needs-language-detail", "Polish"));

        var overview = handler.get("/staff/contacts/" + reference).body();
        assertThat(overview).contains("Support to talk to us", "A British Sign Language (BSL) interpreter",
                "An interpreter for another language: Polish", "moj-badge--blue\">BSL<");
        assertThat(overview.indexOf("Support to talk to us")).as("at the top, before the deadlines")
                .isLessThan(overview.indexOf("Deadlines"));
        assertThat(QueuePages.row(handler, "/staff/contacts?view=open", reference)).get().asString()
                .contains(">BSL<", ">Interpreter<").doesNotContain("Polish");

        String without = OnlineReports.crime(port, jdbc, "Support: none needed, my shed was opened.");
        assertThat(handler.get("/staff/contacts/" + without).body()).doesNotContain("Support to talk to us");
        assertThat(QueuePages.row(handler, "/staff/contacts?view=open", without)).get().asString()
                .doesNotContain(">BSL<", ">Interpreter<");

        // a contact from the BSL video relay is a BSL user's, whatever the report's answers
        jdbc.sql("UPDATE contact SET channel = 'video-relay' WHERE reference = :r").param("r", without).update();
        assertThat(handler.get("/staff/contacts/" + without).body()).contains("Support to talk to us",
                "They contacted us through the BSL video relay", "moj-badge--blue\">BSL<");
        assertThat(QueuePages.row(handler, "/staff/contacts?view=open", without)).get().asString().contains(">BSL<");
    }

    @Test
    void theAssessmentFormShowsTheReportBesideItAndTheLookIsLogged() {
        String reference = OnlineReports.crime(port, jdbc, "Beside: someone took the lead off my dog's collar.",
                CrimeJourneySteps.withSupportNeeds("support-needs", "other", "support-needs-other-detail",
                        "Easy read letters"));

        var form = handler.get("/staff/contacts/" + reference + "/actions/assess").body();
        assertThat(form).contains("What the reporter told us", "someone took the lead off my dog", "Alex Example",
                "Other support: Easy read letters", "name=\"threat\"");
        assertThat(form.indexOf("What the reporter told us")).as("the report first, so above the form on a phone")
                .isLessThan(form.indexOf("name=\"threat\""));
        var again = handler.post("/staff/contacts/" + reference + "/actions/assess", "threat", "None");
        assertThat(again.body()).as("still beside the form when it has errors")
                .contains("There is a problem", "someone took the lead off my dog", ">None</textarea>");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM access_log WHERE actor = :a AND record_ref = :r AND detail ->> 'page' = 'assess'""")
                .param("a", account.username()).param("r", reference).query(Integer.class).single())
                .as("each look at the report beside the form is in the access log").isEqualTo(2);
    }

    @Test
    void closingWritesTheOutcomeStopsTheClocksAndReopeningStartsAgain() {
        String reference = OnlineReports.crime(port, jdbc, "Closing: someone stole plants from my front garden.");
        contact(reference);
        handler.get("/staff/contacts/" + reference + "/actions/close");
        handler.post("/staff/contacts/" + reference + "/actions/close",
                "outcome", "We have no lines of enquiry, so we have closed your report.", "closingCategory", "Crime");

        assertThat(status(reference)).isEqualTo("closed");
        assertThat(column(reference, "victim_update_due")).isNull();
        assertThat(events.about(reference, ContactClosed.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("We have no lines of enquiry, so we have closed your report."));
        var closed = handler.get("/staff/contacts/" + reference).body();
        assertThat(closed).contains("Reopen", "We have no lines of enquiry").doesNotContain("actions/assess\"");
        assertThat(handler.get("/staff/contacts/" + reference + "/actions/assess").status()).isEqualTo(404);

        handler.post("/staff/contacts/" + reference + "/actions/reopen", "reason", "New CCTV came to light");
        assertThat(status(reference)).isEqualTo("new");
        assertThat(column(reference, "victim_update_due")).as("they had been contacted, so updates are owed again")
                .isNotNull();
        assertThat(events.about(reference, ContactReopened.class)).hasSize(1);
    }

    @Test
    void referringAndFilingAreRecordedAndPublished() {
        String referred = OnlineReports.crime(port, jdbc, "Referral: I was tricked into paying for a fake car online.");
        handler.get("/staff/contacts/" + referred + "/actions/refer");
        handler.post("/staff/contacts/" + referred + "/actions/refer",
                "organisation", "Report Fraud (national fraud reporting service)", "reason", "Online shopping fraud");
        assertThat(status(referred)).isEqualTo("referred");
        assertThat(events.about(referred, ContactReferred.class)).hasSize(1);

        String filed = OnlineReports.crime(port, jdbc, "Filing: just letting you know about noisy neighbours.");
        handler.get("/staff/contacts/" + filed + "/actions/file");
        handler.post("/staff/contacts/" + filed + "/actions/file", "outcome", "Recorded for information.",
                "closingCategory", "Information only");
        assertThat(status(filed)).isEqualTo("filed");
        assertThat(events.about(filed, ContactClosed.class)).singleElement().satisfies(e -> assertThat(e.filed()).isTrue());
    }

    @Test
    void linkedContactsListEachOtherAndEachTimelineSaysSo() {
        String one = OnlineReports.crime(port, jdbc, "Link one: my bike was stolen from outside the library.");
        String other = OnlineReports.crime(port, jdbc, "Link two: my bike was stolen from outside the library.");
        handler.get("/staff/contacts/" + one + "/actions/link");
        var unknown = handler.post("/staff/contacts/" + one + "/actions/link", "reference", "LP-2222-2222",
                "kind", "related");
        assertThat(unknown.body()).contains("There is no other contact with that reference that you can see",
                "value=\"LP-2222-2222\"");
        handler.post("/staff/contacts/" + one + "/actions/link", "reference", other.toLowerCase(), "kind", "duplicate");

        assertThat(handler.get("/staff/contacts/" + one).body()).contains(other, "Duplicate");
        assertThat(handler.get("/staff/contacts/" + other).body()).contains(one, "Duplicate");
        assertThat(kinds(one)).contains("linked");
        assertThat(kinds(other)).contains("linked");
    }

    @Test
    void aContactSharingTheReportersDetailsIsSuggestedAndLinkedFromTheSuggestion() {
        String one = OnlineReports.crime(port, jdbc, "Suggest one: a man was trying car doors on our street.");
        String other = OnlineReports.crime(port, jdbc, "Suggest two: someone was trying car doors again tonight.");
        var overview = handler.get("/staff/contacts/" + other).body();
        assertThat(overview).contains("Perhaps about the same thing", one, "Same postcode", "Same email address",
                "Alex Example", "alex@example.com");

        var form = handler.get("/staff/contacts/" + other + "/actions/link?reference=" + one);
        assertThat(form.body()).contains("value=\"" + one + "\"");
        handler.post("/staff/contacts/" + other + "/actions/link", "reference", one, "kind", "related");
        var linked = handler.get("/staff/contacts/" + other).body();
        assertThat(linked.substring(linked.indexOf("Linked contacts"))).contains(one);
        assertThat(linked).doesNotContain("/actions/link?reference=" + one);
    }

    @Test
    void everyLookAtAContactIsInItsTimelineWithWhoLooked() {
        String reference = OnlineReports.crime(port, jdbc, "Looks: my wallet was taken at the market.");
        int before = count("contact_timeline", reference);
        handler.get("/staff/contacts/" + reference + "/report");
        handler.get("/staff/contacts/" + reference + "/timeline");

        var views = jdbc.sql("""
                        SELECT t.actor, t.details ->> 'page' FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind = 'viewed' ORDER BY t.id""")
                .param("r", reference).query((rs, row) -> rs.getString(1) + ":" + rs.getString(2)).list();
        assertThat(views).containsExactly(account.username() + ":report", account.username() + ":timeline");
        assertThat(count("contact_timeline", reference)).isEqualTo(before + 2);
        assertThat(handler.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("Who has looked at this contact", account.username());
    }

    @Test
    void someoneOutsideTheContactsScopeCanNeitherSeeNorActOnIt() {
        String reference = OnlineReports.crime(port, jdbc, "Scope: someone scratched my car.");
        var officer = new WebSession(port);
        staffAccounts.signedIn(officer, StaffRole.OFFICER);
        officer.get("/staff/contacts");
        assertThat(officer.post("/staff/contacts/" + reference + "/actions/close", "outcome", "x",
                "closingCategory", "Crime").status()).isEqualTo(404);
        assertThat(status(reference)).isEqualTo("new");
        assertThat(count("contact_timeline", reference)).as("no look was recorded either").isEqualTo(1);
    }

    private void assess(String reference, String risk, String grading, String category) {
        handler.get("/staff/contacts/" + reference + "/actions/assess");
        var done = handler.post("/staff/contacts/" + reference + "/actions/assess", "threat", "t", "harm", "h",
                "risk", "r", "investigation", "i", "vulnerability", "v", "engagement", "e", "riskLevel", risk,
                "grading", grading, "openingCategory", category, "vulnerabilities",
                risk.equals("high") ? "hate-crime" : "none-such");
        assertThat(done.pathOnly()).isEqualTo("/staff/contacts/" + reference);
    }

    private void contact(String reference) {
        handler.get("/staff/contacts/" + reference + "/actions/contact-reporter");
        handler.post("/staff/contacts/" + reference + "/actions/contact-reporter", "how", "phone",
                "note", "Spoke to them about the report.");
    }

    private String status(String reference) {
        return column(reference, "status");
    }

    private String column(String reference, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM contact WHERE reference = :r").param("r", reference)
                .query(String.class).optional().orElse(null);
    }

    private List<String> kinds(String reference) {
        return jdbc.sql("""
                        SELECT t.kind FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind <> 'viewed' ORDER BY t.id""")
                .param("r", reference).query(String.class).list();
    }

    private int count(String table, String reference) {
        return jdbc.sql("SELECT count(*) FROM " + table + " t JOIN contact c ON c.id = t.contact_id WHERE c.reference = :r")
                .param("r", reference).query(Integer.class).single();
    }
}
