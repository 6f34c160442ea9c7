package org.bluelamp.platform.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and times read naturally in each language, from the words in its messages file. */
class DatesTest {

    private static final LanguageTexts TEXTS = new LanguageTexts(messages());

    @ParameterizedTest
    @CsvSource({"en, 2026-12-07T15:15:00Z, 7 December 2026 at 3:15pm",
            "cy, 2026-12-07T15:15:00Z, 7 Rhagfyr 2026 am 3:15pm",
            "en, 2026-05-03T23:00:00Z, 4 May 2026 at midnight",
            "cy, 2026-05-03T23:00:00Z, 4 Mai 2026 am hanner nos",
            "cy, 2026-05-03T11:00:00Z, 3 Mai 2026 am canol dydd",
            "cy, 2026-02-03T00:30:00Z, 3 Chwefror 2026 am 12:30am",
            "en, 2026-05-03T11:00:00Z, 3 May 2026 at midday",
            "en, 2026-05-03T13:05:00Z, 3 May 2026 at 2:05pm",
            "en, 2026-12-03T00:30:00Z, 3 December 2026 at 12:30am"})
    void momentsAreWrittenInTheLanguageInUkTime(String code, Instant at, String written) {
        assertThat(TEXTS.dates(new Language(code)).dateAndTime(at)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"en, Monday 7 December 2026", "cy, dydd Llun 7 Rhagfyr 2026"})
    void aDayWithItsNameIsWrittenAsRunningTextWritesIt(String code, String written) {
        assertThat(TEXTS.dates(new Language(code)).dayAndDate(LocalDate.of(2026, 12, 7))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"en, 08:00, 8am", "en, 17:30, 5:30pm", "en, 12:00, midday", "en, 00:00, midnight", "en, 21:00, 9pm",
            "en, 00:15, 12:15am", "cy, 08:00, 8am", "cy, 12:00, canol dydd", "cy, 00:00, hanner nos"})
    void timesOfDayAreWrittenAsPeopleReadThem(String code, LocalTime time, String written) {
        assertThat(TEXTS.dates(new Language(code)).timeOfDay(time)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"en, midnight", "cy, hanner nos"})
    void wordsInALanguageGiveDatesInTheSameLanguage(String code, String midnight) {
        // Code handed a page's words (or an email's) writes its dates from them, in the same language.
        assertThat(TEXTS.texts(new Language(code)).dates().timeOfDay(LocalTime.MIDNIGHT)).isEqualTo(midnight);
    }

    @Test
    void staffAndNotYetStoredLanguagesAreEnglish() {
        var at = Instant.parse("2026-12-07T15:15:00Z");
        assertThat(English.forStaff().dateAndTime(at)).isEqualTo("7 December 2026 at 3:15pm");
        assertThat(English.untilLanguageIsStored().dateAndTime(at)).isEqualTo("7 December 2026 at 3:15pm");
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
