package org.bluelamp.appointments;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PLOD pages over HTTP, as a browser without JavaScript: an officer offers a time, a handler books it from a
 * contact, the officer sees the visit and records its outcome, and the contact's timeline shows each step and look.
 */
@BluelampTest
class PlodVisitPagesTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Test
    void anOfficerOffersATimeAHandlerBooksItAndTheOfficerRecordsTheOutcome() {
        var officer = new WebSession(port);
        var officerAccount = staffAccounts.signedIn(officer, StaffRole.PLOD_OFFICER);
        assertThat(officer.get("/staff").body()).contains("href=\"/staff/visits\"");

        officer.get("/staff/visits/availability");
        var missing = officer.post("/staff/visits/availability", "length", "60");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("There is a problem", "href=\"#day\"", "Choose a day in the next 8 weeks",
                "Choose a start time");

        var day = LocalDate.now(LondonTime.ZONE).plusDays(20);
        var added = officer.post("/staff/visits/availability", "day", day.toString(), "time", "11:00", "length", "60");
        assertThat(added.path()).isEqualTo("/staff/visits?done=added");
        assertThat(added.body()).contains("Time added", DAY.format(day) + ", 11am to midday");

        officer.get("/staff/visits/availability");
        var overlapping = officer.post("/staff/visits/availability", "day", day.toString(), "time", "11:30", "length", "30");
        assertThat(overlapping.body()).contains("You already have a time that overlaps this one");
        UUID slotId = jdbc.sql("SELECT id FROM plod_slot WHERE officer = :u").param("u", officerAccount.username())
                .query(UUID.class).single();

        String reference = OnlineReports.crime(port, jdbc, "PLOD pages: my phone was stolen, I use BSL.");
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/contacts/" + reference).body())
                .contains("href=\"/staff/contacts/" + reference + "/visits\"", "Book a PLOD visit");

        var form = handler.get("/staff/contacts/" + reference + "/visits");
        assertThat(form.body()).contains("Alex Example", DAY.format(day), "11am to midday, Test " + officerAccount.username(),
                "value=\"email\" checked", "None of these times suit the person");

        var unchosen = handler.post("/staff/contacts/" + reference + "/visits");
        assertThat(unchosen.status()).isEqualTo(200);
        assertThat(unchosen.body()).contains("href=\"#slot\"", "Choose a time, or that none of the times suit the person",
                "Enter where the visit will be", "Choose how to send the confirmation");

        var booked = handler.post("/staff/contacts/" + reference + "/visits", "slot", slotId.toString(),
                "place", "2 Home Road, Leicester", "confirmBy", "email");
        assertThat(booked.path()).isEqualTo("/staff/contacts/" + reference + "/visits?done=booked");
        assertThat(booked.body()).contains("Visit booked", DAY.format(day) + ", 11am to midday", "Booked")
                .doesNotContain("value=\"" + slotId + "\"");
        assertThat(handler.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("PLOD visit booked", "PLOD visits");

        var visits = officer.get("/staff/visits");
        assertThat(visits.body()).contains("2 Home Road, Leicester", DAY.format(day) + ", 11am to midday");
        UUID visitId = jdbc.sql("SELECT id FROM plod_visit WHERE slot_id = :s").param("s", slotId).query(UUID.class).single();
        var visit = officer.get("/staff/visits/" + visitId);
        assertThat(visit.body()).contains("Alex Example", "alex@example.com", "Record the outcome");

        var noOutcome = officer.post("/staff/visits/" + visitId + "/outcome", "note", "Spoke in BSL");
        assertThat(noOutcome.body()).contains("Choose the outcome of the visit", ">Spoke in BSL</textarea>");
        var recorded = officer.post("/staff/visits/" + visitId + "/outcome", "outcome", "visited",
                "note", "Spoke in BSL about the theft");
        assertThat(recorded.path()).isEqualTo("/staff/visits?done=outcome");
        assertThat(jdbc.sql("SELECT status || '/' || outcome FROM plod_visit WHERE id = :id").param("id", visitId)
                .query(String.class).single()).isEqualTo("visited/visited");

        assertThat(handler.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("PLOD visit outcome recorded", "Visit made", "A PLOD visit (by the officer)");
    }

    @Test
    void eachSideOpensOnlyItsOwnPages() {
        String reference = OnlineReports.crime(port, jdbc, "PLOD pages: who may open what.");
        var officer = new WebSession(port);
        staffAccounts.signedIn(officer, StaffRole.PLOD_OFFICER);
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);

        assertThat(officer.get("/staff/contacts/" + reference + "/visits").status()).isEqualTo(403);
        assertThat(handler.get("/staff/visits").status()).isEqualTo(403);
        assertThat(officer.get("/staff/visits/" + UUID.randomUUID()).status())
                .as("a visit that is not theirs is not found").isEqualTo(404);
        assertThat(handler.get("/staff/contacts/" + reference + "/visits/" + UUID.randomUUID() + "/cancel").status())
                .isEqualTo(404);
    }

    @Test
    void aTimeBookedByAnotherHandlerMeanwhileIsExplainedAndNoSuitableTimeIsRecorded() {
        var officer = new WebSession(port);
        var officerAccount = staffAccounts.signedIn(officer, StaffRole.PLOD_OFFICER);
        var day = LocalDate.now(LondonTime.ZONE).plusDays(21);
        officer.get("/staff/visits/availability");
        officer.post("/staff/visits/availability", "day", day.toString(), "time", "15:00", "length", "60");
        UUID slotId = jdbc.sql("SELECT id FROM plod_slot WHERE officer = :u").param("u", officerAccount.username())
                .query(UUID.class).single();
        String first = OnlineReports.crime(port, jdbc, "PLOD pages: first to book.");
        String second = OnlineReports.crime(port, jdbc, "PLOD pages: second to book.");
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        handler.get("/staff/contacts/" + first + "/visits");
        handler.post("/staff/contacts/" + first + "/visits", "slot", slotId.toString(), "place", "Here", "confirmBy", "text");

        handler.get("/staff/contacts/" + second + "/visits");
        var taken = handler.post("/staff/contacts/" + second + "/visits", "slot", slotId.toString(), "place", "There",
                "confirmBy", "email");
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body()).contains("That time has just been booked for someone else", "value=\"There\"");

        var none = handler.post("/staff/contacts/" + second + "/visits", "slot", "none", "preferred", "");
        assertThat(none.body()).contains("Enter when they could be visited");
        var recorded = handler.post("/staff/contacts/" + second + "/visits", "slot", "none",
                "preferred", "Thursday afternoons");
        assertThat(recorded.path()).isEqualTo("/staff/contacts/" + second + "/visits?done=no-suitable-time");
        assertThat(recorded.body()).contains("No suitable time. They said: Thursday afternoons");

        var visitId = jdbc.sql("SELECT id FROM plod_visit WHERE contact_reference = :r").param("r", second)
                .query(UUID.class).single();
        handler.get("/staff/contacts/" + second + "/visits/" + visitId + "/cancel");
        assertThat(handler.post("/staff/contacts/" + second + "/visits/" + visitId + "/cancel", "reason", "").body())
                .contains("Enter why the visit is cancelled");
        var cancelled = handler.post("/staff/contacts/" + second + "/visits/" + visitId + "/cancel",
                "reason", "They found a time with the PLOD team directly");
        assertThat(cancelled.path()).isEqualTo("/staff/contacts/" + second + "/visits?done=cancelled");
        assertThat(cancelled.body()).contains("Visit cancelled", "Cancelled");
    }

    @Test
    void aHandlerMovesAVisitToAnotherTimeAndAnOfficerTakesBackAFreeTime() {
        var officer = new WebSession(port);
        var officerAccount = staffAccounts.signedIn(officer, StaffRole.PLOD_OFFICER);
        var day = LocalDate.now(LondonTime.ZONE).plusDays(23);
        officer.get("/staff/visits/availability");
        officer.post("/staff/visits/availability", "day", day.toString(), "time", "09:00", "length", "60");
        officer.post("/staff/visits/availability", "day", day.toString(), "time", "13:00", "length", "60");
        officer.post("/staff/visits/availability", "day", day.toString(), "time", "16:00", "length", "30");
        var slots = jdbc.sql("SELECT id FROM plod_slot WHERE officer = :u ORDER BY starts_at")
                .param("u", officerAccount.username()).query(UUID.class).list();
        assertThat(slots).hasSize(3);

        String reference = OnlineReports.crime(port, jdbc, "PLOD pages: a visit moved to the afternoon.");
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        handler.get("/staff/contacts/" + reference + "/visits");
        handler.post("/staff/contacts/" + reference + "/visits", "slot", slots.get(0).toString(), "place", "Home",
                "confirmBy", "email");
        UUID visitId = jdbc.sql("SELECT id FROM plod_visit WHERE contact_reference = :r").param("r", reference)
                .query(UUID.class).single();

        var change = handler.get("/staff/contacts/" + reference + "/visits/" + visitId + "/change");
        assertThat(change.body()).contains("Change the PLOD visit", "The visit is now booked for " + DAY.format(day) + ", 9am to 10am",
                "value=\"Home\"", "value=\"email\" checked").doesNotContain("None of these times suit the person");
        var moved = handler.post("/staff/contacts/" + reference + "/visits/" + visitId + "/change",
                "slot", slots.get(1).toString(), "place", "The library", "confirmBy", "email-and-text");
        assertThat(moved.path()).isEqualTo("/staff/contacts/" + reference + "/visits?done=changed");
        assertThat(moved.body()).contains("Visit changed", DAY.format(day) + ", 1pm to 2pm")
                .contains("value=\"" + slots.get(0) + "\"");
        assertThat(handler.get("/staff/contacts/" + reference + "/timeline").body()).contains("PLOD visit changed");

        var withdrawn = officer.post("/staff/visits/availability/" + slots.get(2) + "/withdraw");
        assertThat(withdrawn.path()).isEqualTo("/staff/visits?done=withdrawn");
        assertThat(withdrawn.body()).doesNotContain("4pm to 4:30pm");
        officer.post("/staff/visits/availability/" + slots.get(1) + "/withdraw");
        assertThat(officer.get("/staff/visits").body()).as("a booked time cannot be taken back")
                .contains(DAY.format(day) + ", 1pm to 2pm", "The library");
        assertThat(handler.get("/staff/contacts/" + reference + "/visits").body())
                .doesNotContain("value=\"" + slots.get(2) + "\"");
    }
}
