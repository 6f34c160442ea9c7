package org.bluelamp.notify;

import org.bluelamp.platform.ForceProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplatesTest {

    /** What may show on a locked phone: who it is from, the reference, links, codes and times. */
    private static final Set<String> SAFE_ON_A_LOCK_SCREEN = Set.of("force", "phone", "reference", "trackLink", "code",
            "minutes", "resumeLink", "deletedAfter", "date", "time", "answerLink", "evidenceLink", "validUntil",
            "surveyLink");

    private final MessageTemplates templates = new MessageTemplates();

    @Test
    void everyKindHasATemplateAndEveryValueItUsesIsOneItsKindSupplies() {
        assertThat(templates.all()).containsOnlyKeys(MessageKind.values());
        for (var entry : templates.all().entrySet()) {
            var samples = entry.getKey().samples();
            var template = entry.getValue();
            assertThat(template.email(samples) + template.subject(samples) + template.text(samples))
                    .as(entry.getKey().code()).doesNotContain("((");
        }
    }

    @Test
    void textsAndSubjectsNeverCarryWhatTheReportSaysOrItsOutcome() {
        for (var entry : templates.all().entrySet()) {
            var onLockScreen = new MessageTemplate(null, null, entry.getValue().subject(), "", entry.getValue().text());
            assertThat(SAFE_ON_A_LOCK_SCREEN).as(entry.getKey().code()).containsAll(onLockScreen.valuesUsed());
        }
    }

    /** Deaf people read these emails too: "call 999" alone is no use to them. */
    @Test
    void everyEmailThatSaysCall999AlsoNames999Bsl() {
        for (var entry : templates.all().entrySet()) {
            String email = entry.getValue().email(entry.getKey().samples());
            if (email.contains("call 999")) {
                assertThat(email).as(entry.getKey().code()).contains("999 BSL");
            }
        }
    }

    @Test
    void aValueATemplateCannotHaveStopsStartUpNamingIt() {
        assertThatThrownBy(() -> new MessageTemplates(new ClassPathResource("notify/broken-templates.yaml")))
                .hasMessageContaining("acknowledgement: ((code)) is not a value this message has")
                .hasMessageContaining("update: has no template");
    }

    /** A listener's misspelt value would leave a gap in every message: writing it stops, naming the value. */
    @Test
    void aValueNoKindOfMessageHasIsRefusedNamingIt() {
        var writer = new MessageWriter(templates, null, new ForceProperties("Leicestershire Police", "LP", "101", null,
                URI.create("https://www.bbc.co.uk/weather"),
                new ForceProperties.DataProtectionOfficer("dpo@example.police.uk", "")), Languages.of("en"), false);
        assertThat(writer.withForce(Map.of("trackLink", "https://example.police.uk/track", "bslReply", "")))
                .containsEntry("force", "Leicestershire Police").containsEntry("phone", "101");
        assertThatThrownBy(() -> writer.withForce(Map.of("tracklink", "https://example.police.uk/track")))
                .hasMessageContaining("((tracklink)) is not a value any message has");
    }

    /** Every offered language has every field of every kind, with the English's ((values)). */
    @Test
    void theWelshTemplatesHaveEveryFieldOfEveryKindWithTheSameValues() {
        var both = new MessageTemplates(Languages.of("en", "cy"));
        assertThat(both.of(MessageKind.ACKNOWLEDGEMENT, WELSH).subject(Map.of("reference", "LP-72C-QQ8-EEP")))
                .isEqualTo("Eich cyfeirnod yw LP-72C-QQ8-EEP");
        assertThat(both.of(MessageKind.ACKNOWLEDGEMENT, Language.ENGLISH).subject(Map.of("reference", "X")))
                .isEqualTo("Your reference number is X");
    }

    @Test
    void aWelshTemplateLackingAFieldStopsStartUpNamingKindFieldAndLanguage() {
        assertThatThrownBy(() -> new MessageTemplates(Languages.of("en", "cy"), "notify/lacking-welsh"))
                .hasMessageContaining("information-request: text is missing in cy");
        // English alone does not need the Welsh file.
        assertThat(new MessageTemplates(Languages.of("en"), "notify/lacking-welsh").of(MessageKind.INFORMATION_REQUEST))
                .isNotNull();
    }

    /** A Welsh force sending bilingual messages: Welsh first, then English, in the subject, the email and the text. */
    @Test
    void aBilingualMessageIsInWelshFirstThenEnglish() {
        var queued = new ArrayList<NewMessage>();
        var force = new ForceProperties("Dyfed-Powys Police", "DP", "101", null, URI.create("https://www.bbc.co.uk/weather"),
                new ForceProperties.DataProtectionOfficer("dpo@example.police.uk", ""),
                Map.of("cy", new ForceProperties.InLanguage("Heddlu Dyfed-Powys", "bob amser")));
        var writer = new MessageWriter(new MessageTemplates(Languages.of("en", "cy")), message -> queued.add(message),
                force, Languages.of("en", "cy"), true);
        var now = Instant.parse("2026-12-07T15:15:00Z");
        writer.write(MessageKind.INFORMATION_REQUEST, "q1", "DP-72C-QQ8-EEP",
                language -> Map.of("trackLink", "https://example.police.uk/track"), null,
                List.of(new Delivery(MessageChannel.EMAIL, "a@example.com", now),
                        new Delivery(MessageChannel.SMS, "+447700900123", now)), Language.ENGLISH);

        var email = queued.get(0);
        assertThat(email.language()).isEqualTo("cy+en");
        assertThat(email.subject()).isEqualTo("Mae gennym gwestiwn am DP-72C-QQ8-EEP / We have a question about DP-72C-QQ8-EEP");
        assertThat(email.body()).contains(MessageWriter.DIVIDER.strip());
        assertThat(email.body().indexOf("Heddlu Dyfed-Powys")).isNotNegative()
                .isLessThan(email.body().indexOf("We have a question for you about your report to Dyfed-Powys Police"));
        var text = queued.get(1);
        assertThat(text.body()).startsWith("Heddlu Dyfed-Powys: mae gennym gwestiwn")
                .contains("Dyfed-Powys Police: we have a question");

        // Without the setting, the person's own language alone.
        queued.clear();
        new MessageWriter(new MessageTemplates(Languages.of("en", "cy")), message -> queued.add(message), force,
                Languages.of("en", "cy"), false).write(MessageKind.INFORMATION_REQUEST, "q2", "DP-72C-QQ8-EEP",
                language -> Map.of("trackLink", "https://example.police.uk/track"), null,
                List.of(new Delivery(MessageChannel.SMS, "+447700900123", now)), WELSH);
        assertThat(queued.getFirst().language()).isEqualTo("cy");
        assertThat(queued.getFirst().body()).startsWith("Heddlu Dyfed-Powys: mae gennym gwestiwn")
                .doesNotContain("we have a question");
    }

    private static final Language WELSH = new Language("cy");
}
