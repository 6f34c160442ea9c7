package org.bluelamp.privacy;

import org.bluelamp.platform.EnglishTexts;
import org.bluelamp.platform.HowLong;
import org.bluelamp.platform.personaldata.RetentionRule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy notice says the retention periods that are set, whatever they are, in words. */
class PrivacyNoticeTest {

    @Test
    void theNoticeTakesEveryPeriodFromTheSettings() {
        var rules = List.of(new RetentionRule("serious-crime", Period.ofYears(12)),
                new RetentionRule("crime", Period.ofYears(5)), new RetentionRule("non-crime", Period.of(1, 6, 0)),
                new RetentionRule("relay-calls", Period.ofDays(90)), new RetentionRule("data-requests", Period.ofYears(3)));
        var rows = new PrivacyNoticeController(rules, Period.ofYears(1), Duration.ofDays(14), Duration.ofHours(36))
                .keptFor(EnglishTexts.load());
        assertThat(rows).extracting(KeptFor::howLong).containsExactly("12 years", "5 years", "1 year and 6 months",
                "90 days", "3 years", "1 year", "14 days", "36 hours");
        assertThat(rows).extracting(KeptFor::what).doesNotHaveDuplicates().allSatisfy(what ->
                assertThat(what).doesNotStartWith("privacy-notice."));
    }

    @Test
    void periodsAndDurationsReadAsPeopleSayThem() {
        var texts = EnglishTexts.load();
        assertThat(HowLong.of(Period.ofYears(1), texts)).isEqualTo("1 year");
        assertThat(HowLong.of(Period.ofMonths(18), texts)).isEqualTo("18 months");
        assertThat(HowLong.of(Period.ofWeeks(2), texts)).isEqualTo("14 days");
        assertThat(HowLong.of(Period.ofDays(1), texts)).isEqualTo("1 day");
        assertThat(HowLong.of(Duration.ofDays(7), texts)).isEqualTo("7 days");
        assertThat(HowLong.of(Duration.ofHours(4), texts)).isEqualTo("4 hours");
        assertThat(HowLong.of(Duration.ofMinutes(30), texts)).isEqualTo("30 minutes");
        assertThat(HowLong.of(Duration.ofMinutes(90), texts)).isEqualTo("90 minutes");
        assertThat(HowLong.of(Duration.ofHours(1), texts)).isEqualTo("1 hour");
    }
}
