package org.bluelamp.insight;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts under 10 are hidden, and so is whatever would let one be worked out from the total and the digital share.
 * Every case is a month of counts by channel, checked by what a reader could then subtract.
 */
class PerformanceSuppressionTest {

    private static final List<String> CHANNELS = List.of("online", "phone", "in-person", "email", "video-relay",
            "bsl-video-message", "webchat", "open311");

    @Test
    void aMonthOfLargeCountsShowsEverything() {
        var shown = shown(Map.of("online", 400, "phone", 700, "email", 30));

        assertThat(shown.small()).as("none is shown as 0: it is about nobody").isEmpty();
        assertThat(shown.withheld()).isEmpty();
        assertThat(shown.showsTotal()).isTrue();
        assertThat(shown.shareShown()).isTrue();
    }

    @Test
    void aSmallDigitalCountAlsoHidesTheSmallestOtherDigitalCount() {
        var counts = counts(Map.of("online", 400, "phone", 700, "in-person", 50, "email", 9, "webchat", 20,
                "bsl-video-message", 12, "video-relay", 15));

        var shown = PublicPerformanceSuppression.month(month(counts), CHANNELS, PublicPerformancePage.DIGITAL);

        assertThat(shown.small()).containsExactly("email");
        assertThat(shown.withheld()).containsExactly("bsl-video-message");
        assertThat(shown.showsTotal()).isTrue();
        assertThat(shown.shareShown()).isTrue();
        // a reader has the total (1,206), the digital share (so 441 digital) and the counts shown:
        // digital less online and webchat leaves 21 for email and BSL video message together, not email's 9 alone
        var visible = PublicPerformanceSuppression.visible(month(counts), CHANNELS, shown);
        assertThat(visible).containsEntry("email", null).containsEntry("bsl-video-message", null)
                .containsEntry("online", 400).containsEntry("phone", 700);
        assertThat(1206 - 765 - 400 - 20).isEqualTo(9 + 12);
    }

    @Test
    void aSmallCountInEachGroupHidesALargerOneInEach() {
        var shown = shown(Map.of("online", 400, "email", 3, "webchat", 40, "bsl-video-message", 25, "phone", 700,
                "in-person", 2, "video-relay", 11));

        assertThat(shown.small()).containsExactlyInAnyOrder("email", "in-person");
        assertThat(shown.withheld()).containsExactlyInAnyOrder("bsl-video-message", "video-relay");
        assertThat(shown.shareShown()).isTrue();
        assertThat(shown.showsTotal()).isTrue();
    }

    @Test
    void aGroupOfNothingButSmallCountsGivesUpTheDigitalShare() {
        // the digital channels are all under 10: a share would give their sum, so it goes; only the total remains,
        // and a large count is withheld so the small ones' sum cannot be had from it
        var shown = shown(Map.of("online", 9, "email", 9, "phone", 700, "in-person", 50));

        assertThat(shown.shareShown()).isFalse();
        assertThat(shown.withheld()).containsExactly("in-person");
        assertThat(shown.showsTotal()).isTrue();
    }

    @Test
    void whenEveryCountIsSmallTheTotalIsWithheldOrItselfSmall() {
        var nines = shown(Map.of("online", 9, "email", 9, "phone", 9));
        var few = shown(Map.of("online", 3, "phone", 4));

        assertThat(nines.totalWithheld()).as("27 would say all three were 9").isTrue();
        assertThat(nines.showsTotal()).isFalse();
        assertThat(nines.shareShown()).isFalse();
        assertThat(few.totalSmall()).isTrue();
        assertThat(few.totalWithheld()).isFalse();
        assertThat(few.shareShown()).isFalse();
    }

    @Test
    void aSmallCountOf1BesideAWithheldCountOf10IsNotPinnedByTheirSumOf11() {
        var shown = shown(Map.of("online", 400, "email", 1, "bsl-video-message", 10, "phone", 500));

        assertThat(shown.small()).containsExactly("email");
        assertThat(shown.withheld()).containsExactlyInAnyOrder("bsl-video-message", "online");
    }

    @Test
    void aPercentageOfFewerThan10IsHidden() {
        assertThat(PublicPerformanceSuppression.percent(9, 9)).isNull();
        assertThat(PublicPerformanceSuppression.percent(0, 0)).isNull();
        assertThat(PublicPerformanceSuppression.percent(3, 10)).isEqualTo(30.0);
    }

    @Test
    void thePagesChannelsAreReportingsInItsOrder() {
        assertThat(PublicPerformancePage.KNOWN_CHANNELS).isEqualTo(java.util.Arrays.stream(
                org.bluelamp.reporting.Channel.values()).map(org.bluelamp.reporting.Channel::code).toList());
        assertThat(CHANNELS).isEqualTo(PublicPerformancePage.KNOWN_CHANNELS);
    }

    private static PublicPerformanceSuppression.Shown shown(Map<String, Integer> counts) {
        return PublicPerformanceSuppression.month(month(counts(counts)), CHANNELS, PublicPerformancePage.DIGITAL);
    }

    private static Map<String, Integer> counts(Map<String, Integer> counts) {
        var all = new HashMap<String, Integer>();
        CHANNELS.forEach(channel -> all.put(channel, 0));
        all.putAll(counts);
        return all;
    }

    private static PublicPerformanceMonth month(Map<String, Integer> counts) {
        return new PublicPerformanceMonth(YearMonth.of(2026, 10), counts, 0, 0, 0, 0, 0, 0);
    }
}
