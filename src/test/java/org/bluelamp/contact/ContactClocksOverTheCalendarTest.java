package org.bluelamp.contact;

import org.bluelamp.BluelampTest;
import org.bluelamp.contact.clocks.ServiceClocks;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportSubmitted;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deadlines a contact gets, as stored, when the work is done at a fixed moment: across Easter's bank holidays,
 * a weekend and the clocks changing (the rules themselves are tested in contact.clocks).
 */
@BluelampTest
class ContactClocksOverTheCalendarTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A clock a test sets to the moment it needs; it does not tick. */
    static final class SetClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @TestConfiguration
    static class Fixed {
        @Bean
        @Primary
        SetClock setClock() {
            return new SetClock();
        }
    }

    @Autowired
    SetClock clock;

    @Autowired
    OnlineReportIntake intake;

    @Autowired
    Contacts contacts;

    @Autowired
    ContactWork work;

    @Autowired
    ContactChoices choices;

    @Autowired
    ServiceClocks serviceClocks;

    @Autowired
    JdbcClient jdbc;

    private final StaffMember assessor = new StaffMember("assessor", "Ann Assessor", "crime-bureau",
            Set.of(StaffRole.CRIME_BUREAU_ASSESSOR));

    @Test
    void aCrimeDecisionBeforeEasterOwesTheVictimAnUpdateFiveWorkingDaysLaterPastBothBankHolidays() {
        var contact = received(Instant.parse("2026-04-01T12:00:00Z"));
        clock.set(Instant.parse("2026-04-02T09:00:00Z")); // Thursday 2 April 2026, 10:00 BST
        work.decideCrime(contact, assessor, true, choices.classification("49").orElseThrow(), null);

        assertThat(due(contact.reference().value(), "victim_update_due")).as("Monday 13 April, 10:00 BST")
                .isEqualTo(Instant.parse("2026-04-13T09:00:00Z"));
    }

    @Test
    void aReportOnTheSaturdayBeforeTheClocksGoForwardIsDueTwentyFourRealHoursLater() {
        var contact = received(Instant.parse("2026-03-28T12:00:00Z")); // 12:00 GMT
        assertThat(due(contact.reference().value(), "first_response_due")).as("13:00 BST on the Sunday")
                .isEqualTo(Instant.parse("2026-03-29T12:00:00Z"));
        assertThat(due(contact.reference().value(), "crime_decision_due")).isEqualTo(Instant.parse("2026-03-29T12:00:00Z"));
    }

    @Test
    void contactOnAFridayBeforeTheClocksGoBackOwesTheNextUpdateTwentyEightDaysLaterAtTheSameLondonTime() {
        var contact = received(Instant.parse("2026-10-09T08:00:00Z"));
        clock.set(Instant.parse("2026-10-09T09:00:00Z")); // Friday 9 October, 10:00 BST
        work.recordContactWithReporter(contact, assessor, "phone", "Told them what happens next");

        assertThat(due(contact.reference().value(), "victim_update_due")).as("Friday 6 November, 10:00 GMT")
                .isEqualTo(Instant.parse("2026-11-06T10:00:00Z"));
        assertThat(due(contact.reference().value(), "first_contact_at")).isEqualTo(Instant.parse("2026-10-09T09:00:00Z"));
    }

    @Test
    void anEmergencyGradingOnASundayNightIsDueFifteenMinutesLater() {
        var contact = received(Instant.parse("2026-11-29T22:00:00Z"));
        clock.set(Instant.parse("2026-11-29T22:05:00Z"));
        work.assess(contact, assessor, new Assessment(null, contact.id(), "assessor", null, "t", "h", "r", "i", "v",
                "e", Risk.HIGH, java.util.List.of(), Grading.EMERGENCY, "Concern for safety"));

        assertThat(due(contact.reference().value(), "grading_due")).isEqualTo(Instant.parse("2026-11-29T22:20:00Z"));
        var clocks = ContactClocks.of(contacts.withReference(contact.reference(), new ContactScope(true, null, null))
                .orElseThrow(), serviceClocks, Instant.parse("2026-11-29T22:21:00Z"));
        assertThat(clocks.breached()).extracting(ContactClocks.Running::name).contains("grading");
    }

    private Contact received(Instant at) {
        String reference = Reference.random("TS", RANDOM).value();
        intake.on(new ReportSubmitted(UUID.randomUUID(), Reference.stored(reference), "crime", "Report a crime", at, "crime-bureau",
                Priority.STANDARD, true));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                contacts.withReference(Reference.stored(reference), new ContactScope(true, null, null)).isPresent());
        return contacts.withReference(Reference.stored(reference), new ContactScope(true, null, null)).orElseThrow();
    }

    private Instant due(String reference, String column) {
        return jdbc.sql("SELECT " + column + " FROM contact WHERE reference = :r").param("r", reference)
                .query(Timestamp.class).single().toInstant();
    }
}
