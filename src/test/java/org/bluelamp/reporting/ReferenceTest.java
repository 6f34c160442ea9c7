package org.bluelamp.reporting;

import org.bluelamp.contact.ContactClosed;
import org.junit.jupiter.api.Test;
import org.bluelamp.platform.language.Language;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceTest {

    private final Random random = new Random(42);

    @Test
    void looksLikePrefixAndThreeGroupsFromTheUnambiguousAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String value = Reference.random("LP", random).value();
            assertThat(value).matches("LP-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}");
            assertThat(value.substring(3)).doesNotContain("0", "O", "1", "I", "L");
        }
    }

    /** A person who copies the example to see how it works must not be told it is wrong. */
    @Test
    void everyExampleReferenceInThePagesIsARealOne() throws IOException {
        var texts = new StringBuilder();
        for (String file : new String[] {"/messages.properties", "/messages_cy.properties", "/staff-messages.properties"}) {
            try (InputStream in = getClass().getResourceAsStream(file)) {
                texts.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        var examples = Pattern.compile("\\bLP-[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}\\b").matcher(texts).results()
                .map(found -> found.group()).toList();
        assertThat(examples).hasSizeGreaterThan(3)
                .allSatisfy(example -> assertThat(Reference.parse(example)).as(example).isPresent());
    }

    @Test
    void referencesAreNotSequentialOrRepeated() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Reference.random("LP", new java.security.SecureRandom()).value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        for (int n = 0; n < 200; n++) {
            String compact = Reference.random("LP", random).value().substring(3).replace("-", "");
            for (int i = 0; i < compact.length(); i++) {
                for (char c : Reference.ALPHABET.toCharArray()) {
                    if (c != compact.charAt(i)) {
                        String typo = compact.substring(0, i) + c + compact.substring(i + 1);
                        assertThat(Reference.parse("LP" + typo)).as(typo).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void everySwapOfTwoDifferentCharactersIsCaught() {
        for (int n = 0; n < 500; n++) {
            String compact = Reference.random("LP", random).value().substring(3).replace("-", "");
            for (int i = 0; i < compact.length(); i++) {
                for (int j = i + 1; j < compact.length(); j++) {
                    if (compact.charAt(i) != compact.charAt(j)) {
                        char[] chars = compact.toCharArray();
                        chars[i] = compact.charAt(j);
                        chars[j] = compact.charAt(i);
                        assertThat(Reference.parse("LP" + new String(chars))).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void readsWhatPeopleTypeInAnyCaseWithOrWithoutSpacesAndDashes() {
        var reference = Reference.random("LP", random);
        String compact = reference.value().replace("-", "");
        assertThat(Reference.parse(compact.toLowerCase())).contains(reference);
        assertThat(Reference.parse(" " + compact.substring(0, 5) + " " + compact.substring(5) + " ")).contains(reference);
        assertThat(Reference.parse(reference.value())).contains(reference);
    }

    @Test
    void rejectsWhatIsNotAReference() {
        assertThat(Reference.parse(null)).isEmpty();
        assertThat(Reference.parse("")).isEmpty();
        assertThat(Reference.parse("LP-000-000-000")).isEmpty();
        assertThat(Reference.parse("<script>")).isEmpty();
        assertThatThrownBy(() -> new Reference("LP-ABC")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Events wait in the event log as JSON written before the type existed, with the reference a plain string, and
     * are sent again after a restart: they must still read, and what is written now must look the same.
     */
    @Test
    void eventsStoredWithAPlainStringReferenceStillReadAndAreStillWrittenSo() {
        var json = JsonMapper.builder().build();
        String stored = """
                {"reportId":"6f1c1d2e-7a0b-4c3d-9e8f-0a1b2c3d4e5f","reference":"LP-72C-QQ8-EEP","serviceId":"crime",
                 "serviceTitle":"Report a crime","submittedAt":"2027-03-01T10:15:30Z","queue":"crime-bureau",
                 "priority":"STANDARD","crimeDecision":true,"channel":"online"}""";

        var submitted = json.readValue(stored, ReportSubmitted.class);
        assertThat(submitted.reference()).isEqualTo(new Reference("LP-72C-QQ8-EEP"));
        assertThat(json.writeValueAsString(submitted)).contains("\"reference\":\"LP-72C-QQ8-EEP\"");

        var closed = json.readValue("""
                {"contactId":"6f1c1d2e-7a0b-4c3d-9e8f-0a1b2c3d4e5f","reference":"LP-72C-QQ8-EEP",
                 "reportId":null,"outcome":"Advice given","filed":false,"at":"2027-03-02T09:00:00Z"}""",
                ContactClosed.class);
        assertThat(closed.reference()).isEqualTo(Reference.stored("LP-72C-QQ8-EEP"));
        assertThat(json.writeValueAsString(new ContactClosed(UUID.randomUUID(), closed.reference(), null, null, true,
                Instant.EPOCH, null))).contains("\"reference\":\"LP-72C-QQ8-EEP\"");
    }

    /** A report's language travels in its event as a plain code; events stored before languages read as English. */
    @Test
    void eventsStoredBeforeLanguagesReadAsEnglishAndALanguageIsWrittenAsAPlainCode() {
        var json = JsonMapper.builder().build();
        String old = """
                {"reportId":"6f1c1d2e-7a0b-4c3d-9e8f-0a1b2c3d4e5f","reference":"LP-72C-QQ8-EEP","serviceId":"crime",
                 "serviceTitle":"Report a crime","submittedAt":"2027-03-01T10:15:30Z","queue":"crime-bureau",
                 "priority":"STANDARD","crimeDecision":true,"channel":"online"}""";
        assertThat(json.readValue(old, ReportSubmitted.class).language()).isEqualTo(Language.ENGLISH);

        var welsh = new ReportSubmitted(UUID.randomUUID(), new Reference("LP-72C-QQ8-EEP"), "crime", "Report a crime",
                Instant.EPOCH, "crime-bureau", Priority.STANDARD, true, "online", null, null, null, null, null,
                new Language("cy"));
        String written = json.writeValueAsString(welsh);
        assertThat(written).contains("\"language\":\"cy\"");
        assertThat(json.readValue(written, ReportSubmitted.class).language()).isEqualTo(new Language("cy"));
    }

    @Test
    void aStoredValueThatIsNotAReferenceIsABrokenRowNotAQuietlyWrongOne() {
        assertThat(Reference.stored(null)).isNull();
        assertThatThrownBy(() -> Reference.stored("LP-000-000-000")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Reference.stored("LP-72C-QQ8-EEP").toString()).isEqualTo("LP-72C-QQ8-EEP");
    }
}
