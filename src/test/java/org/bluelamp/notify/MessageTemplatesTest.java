package org.bluelamp.notify;

import org.bluelamp.platform.ForceProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplatesTest {

    /** What may show on a locked phone: who it is from, the reference, links, codes and times. */
    private static final Set<String> SAFE_ON_A_LOCK_SCREEN = Set.of("force", "phone", "reference", "trackLink", "code",
            "minutes", "resumeLink", "deletedAfter", "date", "time", "answerLink");

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
                new ForceProperties.DataProtectionOfficer("dpo@example.police.uk", "")));
        assertThat(writer.withForce(Map.of("trackLink", "https://example.police.uk/track", "bslReply", "")))
                .containsEntry("force", "Leicestershire Police").containsEntry("phone", "101");
        assertThatThrownBy(() -> writer.withForce(Map.of("tracklink", "https://example.police.uk/track")))
                .hasMessageContaining("((tracklink)) is not a value any message has");
    }
}
