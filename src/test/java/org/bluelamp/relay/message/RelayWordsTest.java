package org.bluelamp.relay.message;

import org.bluelamp.relay.RelayOpening;
import org.bluelamp.platform.EnglishTexts;
import org.bluelamp.platform.Texts;
import org.bluelamp.relay.RelayHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** What people are told about when their message will be watched, and interpreters about how long one has waited. */
class RelayWordsTest {

    private static final Texts TEXTS = EnglishTexts.load();
    private static final RelayHours HOURS = new RelayHours(LocalTime.of(8, 0), LocalTime.MIDNIGHT);

    @Test
    void theConfirmationSaysWhenAnInterpreterWillWatchTheVideo() {
        var note = new WhenMessagesAreWatched(HOURS, java.time.Clock.fixed(Instant.parse("2026-11-26T01:30:00Z"),
                java.time.ZoneOffset.UTC));
        assertThat(note.paragraphs("crime", TEXTS)).as("not its service").isEmpty();
        assertThat(note.paragraphs("bsl-video-message", TEXTS)).containsExactly(
                "The relay is closed now. It opens at 8am today. An interpreter will watch your video then.",
                "The relay is open 8am to midnight, every day.");
    }

    @Test
    void theRelaysOpeningIsSaidInUkTime() {
        // 07:30 UTC in summer is 08:30 in the UK: open
        assertThat(RelayOpening.at(HOURS, Instant.parse("2026-07-01T07:30:00Z"), TEXTS).open()).isTrue();
        // 06:30 UTC in summer is 07:30 in the UK: opens at 8am today
        assertThat(RelayOpening.at(HOURS, Instant.parse("2026-07-01T06:30:00Z"), TEXTS).nextOpens()).isEqualTo("8am today");
        var lateClose = new RelayHours(LocalTime.of(8, 0), LocalTime.of(22, 0));
        assertThat(RelayOpening.at(lateClose, Instant.parse("2026-11-26T22:30:00Z"), TEXTS).nextOpens())
                .isEqualTo("8am tomorrow");
    }

    @Test
    void howLongAMessageHasWaitedReadsAtAGlance() {
        assertThat(WaitingTime.describe(Duration.ofSeconds(40), TEXTS)).isEqualTo("less than a minute");
        assertThat(WaitingTime.describe(Duration.ofMinutes(1), TEXTS)).isEqualTo("1 minute");
        assertThat(WaitingTime.describe(Duration.ofMinutes(45), TEXTS)).isEqualTo("45 minutes");
        assertThat(WaitingTime.describe(Duration.ofMinutes(60), TEXTS)).isEqualTo("1 hour");
        assertThat(WaitingTime.describe(Duration.ofHours(48), TEXTS)).isEqualTo("2 days");
        assertThat(WaitingTime.describe(Duration.ofMinutes(125), TEXTS)).isEqualTo("2 hours 5 minutes");
        assertThat(WaitingTime.describe(Duration.ofHours(51), TEXTS)).isEqualTo("2 days 3 hours");
    }
}
