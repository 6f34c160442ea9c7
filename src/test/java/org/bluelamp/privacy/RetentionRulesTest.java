package org.bluelamp.privacy;

import org.bluelamp.chat.ChatRetentionRule;
import org.bluelamp.contact.ContactRetentionRules;
import org.bluelamp.platform.personaldata.RetentionRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention rules as configured: defaults, the day each is due, and settings refused at start in a sentence. */
class RetentionRulesTest {

    @Test
    void missingPeriodsTakeTheDefaultsAndARecordIsDueTheDayItsPeriodEnds() {
        var rules = new ContactRetentionRules(null, List.of(" 8N "), null, null);
        assertThat(rules.seriousCrime()).isEqualTo(Period.ofYears(10));
        assertThat(rules.crime()).isEqualTo(Period.ofYears(6));
        assertThat(rules.nonCrime()).isEqualTo(Period.ofYears(2));
        assertThat(new PrivacyRetentionRules(null, null).accessLog()).isEqualTo(Period.ofYears(7));
        assertThat(new ChatRetentionRule(null).webChats()).isEqualTo(Period.ofYears(1));
        assertThat(rules.seriousClassifications()).containsExactly("8N");
        assertThat(new RetentionRule("crime", rules.crime()).lastActiveOnOrBefore(LocalDate.of(2032, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aPeriodOfNothingOrAnAccessLogKeptUnderAYearIsRefusedInOneSentence() {
        assertThatThrownBy(() -> new ContactRetentionRules(null, null, Period.ZERO, null))
                .hasMessage("bluelamp.privacy.retention.crime must be at least a day, such as P6Y, not P0D.");
        assertThatThrownBy(() -> new PrivacyRetentionRules(null, Period.ofMonths(6)))
                .hasMessage("bluelamp.privacy.retention.access-log must be at least a year, such as P7Y, not P6M.");
        assertThatThrownBy(() -> new ContactRetentionRules(null, null, null, Period.ofDays(-3)))
                .hasMessageStartingWith("bluelamp.privacy.retention.non-crime must be at least a day");
        assertThatThrownBy(() -> new ChatRetentionRule(Period.ZERO))
                .hasMessage("bluelamp.privacy.retention.web-chats must be at least a day, such as P1Y, not P0D.");
    }
}
