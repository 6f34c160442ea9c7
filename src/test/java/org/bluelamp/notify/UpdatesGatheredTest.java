package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several actions on one report close together are one update to the reporter, not one each: the update waits 15
 * minutes after the last action (bluelamp.notify.updates.window), in the database, gathering what happened. Time is
 * moved with the application's clock; the worker is run by hand as well as on its schedule.
 */
@BluelampTest
@Import(MovableClock.class)
class UpdatesGatheredTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    MessageDelivery delivery;

    record Update(String status, String body, int attempts) {
    }

    private List<Update> updatesAbout(String reference) {
        return jdbc.sql("""
                        select status, body, attempts from message
                        where reference = :reference and kind = 'update' order by created_at""")
                .param("reference", reference)
                .query((rs, row) -> new Update(rs.getString("status"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    /** Waits until every event about the report has been handled, so what is stored is all there will be. */
    private void awaitListenersDone(String reference) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and serialized_event like :reference""")
                .param("reference", "%" + reference + "%").query(Integer.class).single() == 0);
    }

    private void act(String reference, String action, String... form) {
        // Signed in afresh with the code the app shows at the moved time.
        var handler = new WebSession(port);
        staffAccounts.signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER), clock.instant());
        handler.get("/staff/contacts/" + reference + "/actions/" + action);
        var done = handler.post("/staff/contacts/" + reference + "/actions/" + action, form);
        assertThat(done.path()).as(action + ": " + done.body()).containsAnyOf("done=" + action, "moved=" + reference);
        awaitListenersDone(reference);
    }

    private void decideCrime(String reference) {
        act(reference, "crime-decision", "decision", "recorded", "classification", "45");
    }

    private void refer(String reference) {
        act(reference, "refer", "organisation", "Report Fraud (national fraud reporting service)",
                "reason", "Online shopping fraud");
    }

    private void awaitSent(String reference, int updates) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            delivery.deliverDue();
            assertThat(updatesAbout(reference)).hasSize(updates)
                    .allSatisfy(update -> assertThat(update.status()).isIn("sent", "delivered"));
        });
    }

    @Test
    void threeActionsWithinTenMinutesAreOneMessageListingThemSentWhenTheWindowPasses() {
        String reference = OnlineReports.crime(port, jdbc, "Gathered: my bike was taken from the rack.");

        decideCrime(reference);
        clock.advance(Duration.ofMinutes(4));
        refer(reference);
        clock.advance(Duration.ofMinutes(5));
        act(reference, "allocate", "team", "neighbourhood-north");

        assertThat(updatesAbout(reference)).singleElement().satisfies(update -> {
            assertThat(update.status()).isEqualTo("queued");
            assertThat(update.body()).contains(reference, "/track?ref=" + reference,
                    "We have decided whether to record it as a crime.",
                    "We have passed it to another organisation.",
                    "It is now with the team or officer who will deal with it.");
        });

        clock.advance(Duration.ofMinutes(14));
        delivery.deliverDue();
        assertThat(updatesAbout(reference)).as("14 minutes after the last action it still waits")
                .singleElement().satisfies(update -> assertThat(update.attempts()).isZero());

        clock.advance(Duration.ofMinutes(2));
        awaitSent(reference, 1);
    }

    @Test
    void theSameNewsTwiceIsOneMessageSayingItOnce() {
        String reference = OnlineReports.crime(port, jdbc, "Twice over: my shed door was forced.");

        refer(reference);
        clock.advance(Duration.ofMinutes(3));
        refer(reference);

        assertThat(updatesAbout(reference)).singleElement().satisfies(update -> assertThat(update.body())
                .containsOnlyOnce("We have passed it to another organisation."));
        clock.advance(Duration.ofMinutes(16));
        awaitSent(reference, 1);
    }

    @Test
    void anActionAfterTheUpdateWasSentIsANewMessage() {
        String reference = OnlineReports.crime(port, jdbc, "Later on: my wheelie bin was set alight.");

        decideCrime(reference);
        clock.advance(Duration.ofMinutes(16));
        awaitSent(reference, 1);

        refer(reference);
        var updates = updatesAbout(reference);
        assertThat(updates).hasSize(2);
        assertThat(updates.get(1).status()).isEqualTo("queued");
        assertThat(updates.get(1).body()).contains("We have passed it to another organisation.")
                .doesNotContain("record it as a crime");
        clock.advance(Duration.ofMinutes(16));
        awaitSent(reference, 2);
    }

    @Test
    void aBusyReportStillHearsWithinTheLongestHold() {
        String reference = OnlineReports.crime(port, jdbc, "Busy: my van was broken into overnight.");

        refer(reference);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(14));
            refer(reference);
        }
        // An action every 14 minutes would hold it for ever; an hour after the first it goes, 5 minutes after the last.
        assertThat(updatesAbout(reference)).hasSize(1);
        clock.advance(Duration.ofMinutes(5));
        awaitSent(reference, 1);
    }

    @Test
    void anOutcomeTakesThePlaceOfAnUpdateStillWaiting() {
        String reference = OnlineReports.crime(port, jdbc, "Closed soon: my garden gnome was taken.");

        decideCrime(reference);
        assertThat(updatesAbout(reference)).hasSize(1);
        clock.advance(Duration.ofMinutes(3));
        act(reference, "close", "outcome", "We have found your gnome.", "closingCategory", "Crime");

        assertThat(updatesAbout(reference)).as("the outcome tells more than the update it replaces").isEmpty();
        assertThat(jdbc.sql("select count(*) from message where reference = :reference and kind = 'outcome'")
                .param("reference", reference).query(Integer.class).single()).isEqualTo(1);
    }
}
