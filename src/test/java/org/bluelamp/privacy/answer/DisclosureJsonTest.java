package org.bluelamp.privacy.answer;

import org.bluelamp.platform.language.Language;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bluelamp.privacy.answer.Disclosures.CRIME;
import static org.bluelamp.privacy.answer.Disclosures.THIRD_PARTY;

/** The answer as JSON: the same records, values redacted as in the PDF, with the reasons beside them. */
class DisclosureJsonTest {

    private final DisclosureJson writer = new DisclosureJson();

    @Test
    void theAnswerParsesBackWithItsSectionsRedactedAndReasoned() {
        JsonNode answer = JsonMapper.builder().build().readTree(writer.write(Disclosures.aCrimeReport()));

        assertThat(answer.get("requestReference").asString()).isEqualTo("LP-2026-0042");
        assertThat(answer.get("subjectName").asString()).isEqualTo("Siân Ŵyn Jones");
        assertThat(answer.get("answeredAt").asString()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(answer.get("answeredOn").asString()).isEqualTo("25 November 2026");
        var sections = answer.get("sections");
        assertThat(sections.size()).isEqualTo(2);
        var report = sections.get(0);
        assertThat(report.get("title").asString()).isEqualTo("Report of criminal damage");
        assertThat(report.get("reference").asString()).isEqualTo("CR-1234");
        var happened = report.get("lines").get(0);
        assertThat(happened.get("label").asString()).isEqualTo("What happened");
        assertThat(happened.get("value").asString())
                .isEqualTo("My neighbour [redacted] smashed the window. I saw [redacted] run off.");
        assertThat(happened.get("redactionReasons").values()).extracting(JsonNode::asString).containsExactly(THIRD_PARTY);
        var where = report.get("lines").get(1);
        assertThat(where.get("value").asString()).isEqualTo(Disclosures.WELSH_PLACE);
        assertThat(where.get("redactionReasons").isEmpty()).isTrue();
        assertThat(report.get("lines").get(2).get("value").asString())
                .isEqualTo("Intelligence [redacted] links this to the [redacted], as before.");
        assertThat(report.get("lines").get(2).get("redactionReasons").values()).extracting(JsonNode::asString)
                .containsExactly(CRIME);
        var refusal = answer.get("refusals").get(0);
        assertThat(refusal.get("what").asString()).isEqualTo(Disclosures.WITHHELD);
        assertThat(refusal.get("reason").asString()).isEqualTo(Disclosures.WITHHELD_BECAUSE);
    }

    @Test
    void anAnswerToARequestMadeInWelshHasItsDateMarksAndLanguageInWelsh() {
        JsonNode answer = JsonMapper.builder().build()
                .readTree(writer.write(Disclosures.aCrimeReport(new Language("cy"))));

        assertThat(answer.get("language").asString()).isEqualTo("cy");
        assertThat(answer.get("answeredOn").asString()).isEqualTo("25 Tachwedd 2026");
        assertThat(answer.get("sections").get(0).get("lines").get(0).get("value").asString())
                .isEqualTo("My neighbour [wedi'i dynnu] smashed the window. I saw [wedi'i dynnu] run off.");
        assertThat(JsonMapper.builder().build().readTree(writer.write(Disclosures.aCrimeReport()))
                .get("language").asString()).isEqualTo("en");
    }

    @Test
    void noRedactedTextIsInTheFile() {
        String json = new String(writer.write(Disclosures.aCrimeReport()), UTF_8).toLowerCase(Locale.UK);

        for (String redacted : Disclosures.REDACTED) {
            assertThat(json).doesNotContain(redacted.toLowerCase(Locale.UK));
        }
        assertThat(json).doesNotContain("gareth", "oakfield");
    }
}
