package org.bluelamp.appointments;

import org.bluelamp.reporting.Reference;
import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.contact.Contact;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The booking rules against the real database: a time is booked once, however many handlers try at once; changing
 * and cancelling free the old time; the person is confirmed by the way they chose and reminded exactly once, the day
 * before, and never of a cancelled visit or the old time of a changed one.
 */
@BluelampTest
class VisitBookingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    StaffMembers staff;

    @Autowired
    VisitBooking booking;

    @Autowired
    OfficerVisits officers;

    @Autowired
    VisitReminders reminders;

    private StaffMember handler;
    private StaffMember officer;

    record Sent(String kind, String channel, String recipient, String body) {
    }

    @BeforeEach
    void staff() {
        handler = member(StaffRole.CONTACT_HANDLER);
        officer = member(StaffRole.PLOD_OFFICER);
    }

    private StaffMember member(StaffRole role) {
        return staff.find(staffAccounts.create(role).username()).orElseThrow();
    }

    private Contact contact(String story) {
        String reference = OnlineReports.crime(port, jdbc, story,
                CrimeJourneySteps.contactedBy("visit.me@example.com", "07700 900456", "email", "any-time"));
        return booking.view(Reference.stored(reference), handler).orElseThrow().contact();
    }

    /** A free time of the officer's, {@code daysAhead} days from today at {@code hour} o'clock UK time. */
    private Slot slot(int daysAhead, int hour) {
        var startsAt = LocalDate.now(LondonTime.ZONE).plusDays(daysAhead).atTime(LocalTime.of(hour, 0))
                .atZone(LondonTime.ZONE).toInstant();
        assertThat(officers.addSlot(officer, startsAt, startsAt.plus(Duration.ofHours(1)))).isTrue();
        return officers.overview(officer).freeSlots().stream().filter(s -> s.startsAt().equals(startsAt))
                .findFirst().orElseThrow();
    }

    private List<Sent> sent(String reference, String kind) {
        return jdbc.sql("SELECT kind, channel, recipient, body FROM message WHERE reference = :r AND kind = :k ORDER BY created_at, channel")
                .param("r", reference).param("k", kind)
                .query((rs, row) -> new Sent(rs.getString("kind"), rs.getString("channel"), rs.getString("recipient"),
                        rs.getString("body"))).list();
    }

    private void awaitListenersDone() {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE completion_date IS NULL
                        AND event_type LIKE 'org.bluelamp.appointments.%'""")
                .query(Integer.class).single() == 0);
    }

    private List<String> timelineKinds(Contact contact) {
        return jdbc.sql("SELECT kind FROM contact_timeline WHERE contact_id = :id ORDER BY id")
                .param("id", contact.id()).query(String.class).list();
    }

    /** Whether handlers are offered the time. */
    private boolean offered(Slot slot, Contact contact) {
        return booking.view(contact.reference(), handler).orElseThrow().free().stream()
                .anyMatch(s -> s.id().equals(slot.id()));
    }

    @Test
    void aBookedTimeIsConfirmedByTheWayThePersonChoseAndIsNoLongerOffered() {
        var contact = contact("PLOD visit: my bike was taken and I would like to talk to an officer in BSL.");
        var slot = slot(10, 10);
        assertThat(offered(slot, contact)).isTrue();

        var visit = booking.book(contact, handler, slot.id(), "2 Home Road, Leicester", ContactPreference.TEXT);

        assertThat(offered(slot, contact)).as("a booked time is not offered again").isFalse();
        awaitListenersDone();
        var day = slot.startsAt().atZone(LondonTime.ZONE);
        assertThat(sent(contact.reference().value(), "appointment-confirmation")).singleElement().satisfies(text -> {
            assertThat(text.channel()).as("they asked for a text, not their report's email").isEqualTo("sms");
            assertThat(text.recipient()).isEqualTo("+447700900456");
            assertThat(text.body()).contains(String.valueOf(day.getDayOfMonth()), "10am", contact.reference().value());
        });
        assertThat(jdbc.sql("SELECT place, confirm_by, status FROM plod_visit WHERE id = :id").param("id", visit.id())
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single())
                .containsExactly("2 Home Road, Leicester", "text", "booked");
        assertThat(timelineKinds(contact)).contains("plod-visit-booked");
    }

    @Test
    void aTimeAlreadyBookedCannotBeBookedForSomeoneElse() {
        var first = contact("PLOD visit: first person for this time.");
        var second = contact("PLOD visit: second person wanting the same time.");
        var slot = slot(11, 10);
        booking.book(first, handler, slot.id(), "1 First Street", ContactPreference.EMAIL);

        assertThatThrownBy(() -> booking.book(second, handler, slot.id(), "2 Second Street", ContactPreference.EMAIL))
                .isInstanceOf(SlotTaken.class);
        assertThat(jdbc.sql("SELECT count(*) FROM plod_visit WHERE contact_reference = :r").param("r", second.reference().value())
                .query(Integer.class).single()).as("nothing stored for the refused booking").isZero();
        assertThat(timelineKinds(second)).doesNotContain("plod-visit-booked");
    }

    @Test
    void twoHandlersBookingOneTimeAtOnceGetOneVisitBetweenThem() throws Exception {
        var first = contact("PLOD visit: racing for a time, one.");
        var second = contact("PLOD visit: racing for a time, two.");
        var slot = slot(12, 10);
        var start = new CountDownLatch(1);
        var booked = new AtomicInteger();
        var refused = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> both = List.of(first, second).stream().map(contact -> pool.submit(() -> {
                start.await();
                try {
                    booking.book(contact, handler, slot.id(), "Somewhere", ContactPreference.EMAIL);
                    booked.incrementAndGet();
                } catch (SlotTaken taken) {
                    refused.incrementAndGet();
                }
                return null;
            })).toList();
            start.countDown();
            for (var future : both) {
                future.get();
            }
        }
        assertThat(booked).hasValue(1);
        assertThat(refused).hasValue(1);
        assertThat(jdbc.sql("SELECT count(*) FROM plod_visit WHERE slot_id = :s").param("s", slot.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesASecondVisitInOneSlotAndOverlappingTimesForOneOfficer() {
        var contact = contact("PLOD visit: the database keeps the rule too.");
        var slot = slot(13, 10);
        booking.book(contact, handler, slot.id(), "Somewhere", ContactPreference.EMAIL);

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO plod_visit (id, contact_reference, status, slot_id, booked_by, booked_at)
                        VALUES (:id, 'LP-NOT-REAL', 'booked', :slot, 'someone', now())""")
                .param("id", UUID.randomUUID()).param("slot", slot.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO plod_slot (id, officer, starts_at, ends_at, created_at)
                        VALUES (:id, :officer, :starts, :ends, now())""")
                .param("id", UUID.randomUUID()).param("officer", officer.username())
                .param("starts", Timestamp.from(slot.startsAt().plus(Duration.ofMinutes(30))))
                .param("ends", Timestamp.from(slot.endsAt().plus(Duration.ofMinutes(30)))).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(officers.addSlot(officer, slot.startsAt().minus(Duration.ofMinutes(30)), slot.startsAt().plus(Duration.ofMinutes(15))))
                .as("the officer is told, not shown an error").isFalse();
        assertThat(officers.addSlot(officer, slot.endsAt(), slot.endsAt().plus(Duration.ofHours(1))))
                .as("a time straight after is fine").isTrue();
    }

    @Test
    void theReminderGoesOnceTheDayBeforeAndOnlyForTheTimeTheVisitWasMovedTo() {
        var contact = contact("PLOD visit: moved to a later day.");
        var first = slot(14, 10);
        var later = slot(16, 14);
        var visit = booking.book(contact, handler, first.id(), "2 Home Road", ContactPreference.EMAIL);
        assertThat(visit.reminderDueAt()).isEqualTo(ReminderTime.forVisitAt(first.startsAt(), Instant.now()).orElseThrow());

        assertThat(booking.change(contact, handler, visit.id(), later.id(), "2 Home Road", ContactPreference.EMAIL_AND_TEXT))
                .isTrue();
        assertThat(offered(first, contact)).as("the old time is offered again").isTrue();

        var firstReminderTime = ReminderTime.forVisitAt(first.startsAt(), Instant.now()).orElseThrow();
        var laterReminderTime = ReminderTime.forVisitAt(later.startsAt(), Instant.now()).orElseThrow();
        reminders.queueDue(firstReminderTime.plusSeconds(60));
        awaitListenersDone();
        assertThat(sent(contact.reference().value(), "appointment-reminder")).as("nothing for the old time").isEmpty();

        reminders.queueDue(laterReminderTime.minusSeconds(60));
        awaitListenersDone();
        assertThat(sent(contact.reference().value(), "appointment-reminder")).as("not before it is due").isEmpty();

        reminders.queueDue(laterReminderTime);
        reminders.queueDue(laterReminderTime.plusSeconds(300));
        awaitListenersDone();
        var day = later.startsAt().atZone(LondonTime.ZONE);
        assertThat(sent(contact.reference().value(), "appointment-reminder")).as("once, by each way they chose")
                .extracting(Sent::channel).containsExactly("email", "sms");
        assertThat(sent(contact.reference().value(), "appointment-reminder"))
                .allSatisfy(reminder -> assertThat(reminder.body()).contains(String.valueOf(day.getDayOfMonth()), "2pm"));
        assertThat(sent(contact.reference().value(), "appointment-confirmation")).as("one for the booking, two for the change")
                .hasSize(3);
        assertThat(timelineKinds(contact)).contains("plod-visit-booked", "plod-visit-changed");
    }

    @Test
    void aCancelledVisitIsNeverRemindedThePersonIsToldAndItsTimeIsOfferedAgain() {
        var contact = contact("PLOD visit: cancelled by the person.");
        var slot = slot(17, 10);
        var visit = booking.book(contact, handler, slot.id(), "2 Home Road", ContactPreference.EMAIL);

        assertThat(booking.cancel(contact, handler, visit.id(), "They have moved away")).isTrue();

        assertThat(offered(slot, contact)).isTrue();
        reminders.queueDue(visit.reminderDueAt().plusSeconds(60));
        awaitListenersDone();
        assertThat(sent(contact.reference().value(), "appointment-reminder")).isEmpty();
        var day = slot.startsAt().atZone(LondonTime.ZONE);
        assertThat(sent(contact.reference().value(), "appointment-cancelled")).as("told once, the way they chose")
                .singleElement().satisfies(email -> {
                    assertThat(email.channel()).isEqualTo("email");
                    assertThat(email.recipient()).isEqualTo("visit.me@example.com");
                    assertThat(email.body()).contains("is cancelled", String.valueOf(day.getDayOfMonth()), "10am");
                });
        assertThat(jdbc.sql("SELECT status, cancel_reason FROM plod_visit WHERE id = :id").param("id", visit.id())
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).single())
                .containsExactly("cancelled", "They have moved away");
        assertThat(timelineKinds(contact)).contains("plod-visit-cancelled");
        assertThat(booking.change(contact, handler, visit.id(), slot.id(), "x", ContactPreference.EMAIL))
                .as("a cancelled visit cannot be moved").isFalse();
    }

    @Test
    void noSuitableTimeKeepsWhenThePersonCanBeVisitedAndNothingIsSentEvenWhenItIsCancelled() {
        var contact = contact("PLOD visit: none of the times suit.");

        var visit = booking.noSuitableTime(contact, handler, "Weekday mornings after 10am");
        assertThat(booking.cancel(contact, handler, visit.id(), "Arranged by the PLOD team")).isTrue();
        awaitListenersDone();

        assertThat(jdbc.sql("SELECT status, preferred_times, slot_id FROM plod_visit WHERE id = :id").param("id", visit.id())
                .query((rs, row) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3))).single())
                .containsExactly("cancelled", "Weekday mornings after 10am", null);
        assertThat(timelineKinds(contact)).contains("plod-visit-no-suitable-time", "plod-visit-cancelled");
        assertThat(jdbc.sql("SELECT count(*) FROM message WHERE reference = :r AND kind LIKE 'appointment-%'")
                .param("r", contact.reference().value()).query(Integer.class).single()).as("no time was booked: nothing to say").isZero();
    }
}
