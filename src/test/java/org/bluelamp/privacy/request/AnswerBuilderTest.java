package org.bluelamp.privacy.request;

import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.privacy.answer.Disclosure;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerBuilderTest {

    private static final Instant NOW = Instant.parse("2028-02-10T12:00:00Z");
    private static final String THIRD_PARTY = "Information about another person (Data Protection Act 2018, section 45(4)(e))";

    private final DataRequest request = new DataRequest(UUID.randomUUID(), "DSR-1234-5678", NOW, "Alex Example", null,
            LocalDate.of(1985, 3, 27), "alex@example.com", null, null, null, "everything", null, null, "upload",
            null, null, null, "link", "checked", LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), "dpo",
            NOW, "checked-upload", null, null);

    private final HeldRecord report = new HeldRecord("report", "r-1", "LP-AAA-BBB-CCC", NOW,
            "Report made with sam neighbour", List.of("name"),
            List.of(new HeldRecord.Field("Reporter", "Alex Example"),
                    new HeldRecord.Field("What happened", "My neighbour Sam Neighbour saw it.")));

    private static final Language WELSH = new Language("cy");

    @Test
    void eachLineCarriesTheRedactionsItHoldsWhateverTheirCapitals() {
        var answer = build(List.of(report),
                List.of(redaction("SAM NEIGHBOUR", "third-party")), List.of());

        var lines = answer.sections().getFirst().lines();
        assertThat(lines.get(0).redactions()).isEmpty();
        assertThat(lines.get(1).redactions()).containsExactly(new Disclosure.Redaction("SAM NEIGHBOUR", THIRD_PARTY));
        assertThat(answer.requestReference()).isEqualTo("DSR-1234-5678");
        assertThat(answer.subjectName()).isEqualTo("Alex Example");
        assertThat(answer.forceName()).isEqualTo("Test Police");
    }

    @Test
    void aTitleHasItsRedactedTextTakenOut() {
        var answer = build(List.of(report),
                List.of(redaction("Sam Neighbour", "third-party")), List.of());

        assertThat(answer.sections().getFirst().title()).isEqualTo("Report made with [Redacted]");
    }

    @Test
    void refusalsSayWhatWasWithheldAndTheLawThatAllowsIt() {
        var refusal = new Withholding(UUID.randomUUID(), "Notes of an investigation", "crime", false,
                "We may be able to give you these later.", "dpo", NOW);
        var answer = build(List.of(), List.of(), List.of(refusal));

        assertThat(answer.refusals()).containsExactly(new Disclosure.Refusal(
                "Notes of an investigation. We may be able to give you these later.",
                "Would prejudice the prevention or detection of crime (Data Protection Act 2018, section 45(4)(b))"));
    }

    @Test
    void aRequestMadeInWelshGetsTheLegalReasonsAndTheMarkInWelsh() {
        var refusal = new Withholding(UUID.randomUUID(), "Nodiadau ymchwiliad", "crime", false, null, "dpo", NOW);
        var answer = AnswerBuilder.build(request, WELSH, texts(WELSH), "Heddlu Prawf", NOW, List.of(report),
                List.of(redaction("Sam Neighbour", "third-party")), List.of(refusal));

        assertThat(answer.language()).isEqualTo(WELSH);
        assertThat(answer.sections().getFirst().title()).isEqualTo("Report made with [Wedi'i dynnu]");
        assertThat(answer.sections().getFirst().lines().get(1).redactions()).containsExactly(new Disclosure.Redaction(
                "Sam Neighbour", "Gwybodaeth am berson arall (Deddf Diogelu Data 2018, adran 45(4)(e))"));
        assertThat(answer.refusals()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("Byddai'n niweidio'r gwaith o atal neu ganfod troseddau (Deddf Diogelu Data 2018, adran 45(4)(b))"));
    }

    @Test
    void thePreviewMarksEveryOccurrence() {
        var parts = Highlights.split("Sam and sam", List.of(new Disclosure.Redaction("sam", THIRD_PARTY)));

        assertThat(parts).extracting(Highlights.Part::text).containsExactly("Sam", " and ", "sam");
        assertThat(parts).extracting(Highlights.Part::redacted).containsExactly(true, false, true);
    }

    private Disclosure build(List<HeldRecord> inScope, List<Withholding> redactions, List<Withholding> refusals) {
        return AnswerBuilder.build(request, Language.ENGLISH, texts(Language.ENGLISH), "Test Police", NOW, inScope,
                redactions, refusals);
    }

    /** The application's words in the language, as LanguageTexts gives them. */
    private static Texts texts(Language language) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "staff-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Texts() {
            @Override
            public String t(String key, Object... args) {
                return messages.getMessage(key, args, language.locale());
            }

            @Override
            public Locale locale() {
                return language.locale();
            }
        };
    }

    private static Withholding redaction(String text, String reason) {
        return new Withholding(UUID.randomUUID(), text, reason, false, null, "dpo", NOW);
    }
}
