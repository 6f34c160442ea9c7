package org.bluelamp.privacy;

import org.bluelamp.platform.personaldata.RetentionRules;
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
        var rules = new RetentionRules(null, List.of(" 8N "), null, null, null, null, null);
        assertThat(rules.period(RetentionRules.SERIOUS_CRIME)).isEqualTo(Period.ofYears(10));
        assertThat(rules.period(RetentionRules.CRIME)).isEqualTo(Period.ofYears(6));
        assertThat(rules.period(RetentionRules.NON_CRIME)).isEqualTo(Period.ofYears(2));
        assertThat(rules.accessLog()).isEqualTo(Period.ofYears(7));
        assertThat(rules.seriousClassifications()).containsExactly("8N");
        assertThat(rules.lastActiveOnOrBefore(RetentionRules.CRIME, LocalDate.of(2032, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aPeriodOfNothingOrAnAccessLogKeptUnderAYearIsRefusedInOneSentence() {
        assertThatThrownBy(() -> new RetentionRules(null, null, Period.ZERO, null, null, null, null))
                .hasMessage("bluelamp.privacy.retention.crime must be at least a day, such as P6Y, not P0D.");
        assertThatThrownBy(() -> new RetentionRules(null, null, null, null, null, null, Period.ofMonths(6)))
                .hasMessage("bluelamp.privacy.retention.access-log must be at least a year, such as P7Y, not P6M.");
        assertThatThrownBy(() -> new RetentionRules(null, null, null, Period.ofDays(-3), null, null, null))
                .hasMessageStartingWith("bluelamp.privacy.retention.non-crime must be at least a day");
    }
}
