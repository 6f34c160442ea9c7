package org.bluelamp.notify;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.SafeWindow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SafeContactRulesTest {

    private static final EmailAddress EMAIL = EmailAddress.parse("jo@example.com").orElseThrow();
    private static final UkPhoneNumber MOBILE = UkPhoneNumber.parse("07700 900982").orElseThrow();
    private static final UkPhoneNumber LANDLINE = UkPhoneNumber.parse("0116 222 2222").orElseThrow();
    /** 10:00 in London on a winter's day. */
    private static final Instant MORNING = Instant.parse("2026-01-15T10:00:00Z");

    private static Reporter reporter(UkPhoneNumber phone, ContactPreference preference, SafeToContact safety,
                                     SafeWindow... windows) {
        return new Reporter("Jo", EMAIL, phone, preference, safety, List.of(windows), false);
    }

    @Test
    void nothingGoesToSomeoneWhoSaidItIsNotSafeOrStayedAnonymous() {
        assertThat(SafeContactRules.plan(reporter(MOBILE, ContactPreference.EMAIL_AND_TEXT, SafeToContact.NOT_SAFE),
                MORNING)).isEmpty();
        assertThat(SafeContactRules.plan(new Reporter(null, EMAIL, MOBILE, null, null, List.of(), true), MORNING))
                .isEmpty();
    }

    @Test
    void messagesGoTheWayTheReporterChose() {
        assertThat(SafeContactRules.plan(reporter(MOBILE, ContactPreference.EMAIL, SafeToContact.ANY_TIME), MORNING))
                .containsExactly(new Delivery(MessageChannel.EMAIL, "jo@example.com", MORNING));
        assertThat(SafeContactRules.plan(reporter(MOBILE, ContactPreference.TEXT, SafeToContact.ANY_TIME), MORNING))
                .containsExactly(new Delivery(MessageChannel.SMS, "+447700900982", MORNING));
        assertThat(SafeContactRules.plan(reporter(MOBILE, ContactPreference.EMAIL_AND_TEXT, SafeToContact.ANY_TIME), MORNING))
                .extracting(Delivery::channel).containsExactly(MessageChannel.EMAIL, MessageChannel.SMS);
    }

    @Test
    void aLandlineGetsNoTextSoTheEmailIsUsedInstead() {
        assertThat(SafeContactRules.plan(reporter(LANDLINE, ContactPreference.TEXT, SafeToContact.ANY_TIME), MORNING))
                .containsExactly(new Delivery(MessageChannel.EMAIL, "jo@example.com", MORNING));
        assertThat(SafeContactRules.plan(reporter(LANDLINE, ContactPreference.EMAIL_AND_TEXT, SafeToContact.ANY_TIME), MORNING))
                .extracting(Delivery::channel).containsExactly(MessageChannel.EMAIL);
    }

    @Test
    void onlyAtCertainTimesHoldsTheMessageUntilTheNextOfThoseTimesInLondon() {
        var evenings = new SafeWindow(LocalTime.of(17, 0), LocalTime.of(21, 0));
        var mornings = new SafeWindow(LocalTime.of(8, 0), LocalTime.of(12, 0));
        var onlyEvenings = reporter(MOBILE, ContactPreference.EMAIL, SafeToContact.CERTAIN_TIMES, evenings);
        assertThat(SafeContactRules.notBefore(onlyEvenings, MORNING)).isEqualTo(Instant.parse("2026-01-15T17:00:00Z"));

        var morningsToo = reporter(MOBILE, ContactPreference.EMAIL, SafeToContact.CERTAIN_TIMES, evenings, mornings);
        assertThat(SafeContactRules.notBefore(morningsToo, MORNING)).isEqualTo(MORNING);

        // 22:30 in summer is 21:30 UTC; the next safe time is 08:00 British Summer Time, 07:00 UTC.
        assertThat(SafeContactRules.notBefore(morningsToo, Instant.parse("2026-07-01T21:30:00Z")))
                .isEqualTo(Instant.parse("2026-07-02T07:00:00Z"));
    }

    @Test
    void aTimeSafeOnlyAtWeekendsWaitsForTheWeekendAndOneOnlyOnWeekdaysForMonday() {
        var weekendMornings = SafeWindow.fromCode("weekends-0800-1200").orElseThrow();
        var weekdayEvenings = SafeWindow.fromCode("weekdays-1700-2100").orElseThrow();
        // 15 January 2026 is a Thursday: the next weekend morning is Saturday the 17th, 8am (GMT).
        assertThat(SafeContactRules.notBefore(reporter(MOBILE, ContactPreference.EMAIL, SafeToContact.CERTAIN_TIMES,
                weekendMornings), MORNING)).isEqualTo(Instant.parse("2026-01-17T08:00:00Z"));
        // Saturday the 17th at 10am: within a weekend morning, so now; a weekday evening waits for Monday.
        var saturday = Instant.parse("2026-01-17T10:00:00Z");
        assertThat(SafeContactRules.notBefore(reporter(MOBILE, ContactPreference.EMAIL, SafeToContact.CERTAIN_TIMES,
                weekendMornings), saturday)).isEqualTo(saturday);
        assertThat(SafeContactRules.notBefore(reporter(MOBILE, ContactPreference.EMAIL, SafeToContact.CERTAIN_TIMES,
                weekdayEvenings), saturday)).isEqualTo(Instant.parse("2026-01-19T17:00:00Z"));
        assertThat(weekendMornings.code()).isEqualTo("weekends-0800-1200");
        assertThat(SafeWindow.fromCode("0800-1200").orElseThrow().days()).as("answers sent before weekends were asked")
                .isEqualTo(SafeWindow.Days.EVERY_DAY);
    }
}
