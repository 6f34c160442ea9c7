package org.bluelamp.relay.message;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.platform.Frame;
import org.bluelamp.relay.CallerPages;
import org.bluelamp.relay.RelayOpening;
import org.bluelamp.platform.EnglishTexts;
import org.bluelamp.platform.Texts;
import org.bluelamp.relay.RelayHours;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    void changingTheRelaysHoursChangesThemOnEveryPageAndMessage() {
        var hours = new RelayHours(LocalTime.of(9, 0), LocalTime.of(17, 30));
        String words = "9am to 5:30pm, every day";
        var now = Instant.parse("2026-11-26T12:00:00Z");
        var frame = frame(hours);
        assertThat(frame.bslHours()).isEqualTo(words);
        assertThat(RelayOpening.at(hours, now, TEXTS).hours()).isEqualTo(words);
        assertThat(new WhenMessagesAreWatched(hours, Clock.fixed(now, ZoneOffset.UTC)).paragraphs("bsl-video-message", TEXTS))
                .contains("The relay is open " + words + ".");

        var templates = TemplateEngine.createPrecompiled(ContentType.Html);
        String home = render(templates, "reporting/catalogue.jte", Map.of("frame", frame, "groups", Map.of()));
        assertThat(home).contains("British Sign Language video relay, open " + words + ".")
                .contains("use our BSL video relay, open " + words + ", or call Relay UK on 18001 101.");
        String bsl = render(templates, "relay/start.jte", Map.of("frame", frame, "page", new CallerPages.Start(true,
                TEXTS.t("relay.hours", RelayOpening.at(hours, now, TEXTS).hours()), null, null, null)));
        assertThat(bsl).contains("<strong>Open " + words + ".</strong>")
                .contains("use our BSL video relay, open " + words + ",");
        String statement = render(templates, "platform/accessibility.jte", Map.of("frame", frame, "languages", ""));
        assertThat(statement).contains("through a BSL interpreter, open " + words + ".")
                .contains("use our BSL video relay, open " + words + "</li>");
        assertThat(home + bsl + statement).doesNotContain("midnight");
    }

    @Test
    void theRelaysHoursAreSaidInThePagesLanguage() {
        var welsh = frame(HOURS, Locale.of("cy"));
        assertThat(welsh.bslHours()).startsWith("8am").contains("hanner nos").doesNotContain("midnight");
        assertThat(RelayOpening.at(HOURS, Instant.parse("2026-11-26T01:30:00Z"), welsh).hours())
                .isEqualTo(welsh.bslHours());
        assertThat(frame(HOURS).bslHours()).isEqualTo("8am to midnight, every day");
    }

    private static Frame frame(RelayHours hours) {
        return frame(hours, Locale.UK);
    }

    private static Frame frame(RelayHours hours, Locale locale) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "staff-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var force = new ForceProperties("Test Police", "TP", "101", "every day, at any time",
                URI.create("https://www.bbc.co.uk/weather"),
                new ForceProperties.DataProtectionOfficer("dpo@example.police.uk", null));
        return new Frame(force, "_csrf", "token", "/", null, Set.of(), messages, locale, path -> path, null, hours, null,
                org.bluelamp.platform.language.Languages.of("en"));
    }

    private static String render(TemplateEngine templates, String template, Map<String, Object> params) {
        var output = new StringOutput();
        templates.render(template, params, output);
        return output.toString();
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
