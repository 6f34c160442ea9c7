package org.bluelamp.platform.contactpoint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UkPhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "07700 900982, +447700900982, true, 07700 900982",
            "+44 7700 900982, +447700900982, true, 07700 900982",
            "(07700) 900-982, +447700900982, true, 07700 900982",
            "0044 7911 123456, +447911123456, true, 07911 123456",
            "0116 222 2222, +441162222222, false, 0116 222 2222",
            "020 7946 0000, +442079460000, false, 020 7946 0000"})
    void typedNumbersBecomeOneE164NumberAndKnowWhetherTheyTakeTexts(String typed, String e164, boolean mobile,
                                                                    String display) {
        var number = UkPhoneNumber.parse(typed).orElseThrow();
        assertThat(number.e164()).isEqualTo(e164);
        assertThat(number.mobile()).isEqualTo(mobile);
        assertThat(number.display()).isEqualTo(display);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "07700 90098", "+33 1 42 68 53 00", "+1 202 555 0143", "not a number"})
    void numbersThatAreNotUkNumbersAreRefused(String typed) {
        assertThat(UkPhoneNumber.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900982", "0116 222 2222"})
    void aNumberNeverPrintsItselfIntoALog(String typed) {
        var number = UkPhoneNumber.parse(typed).orElseThrow();
        assertThat(number.toString()).doesNotContain(number.e164().substring(3));
        assertThat(number.masked()).endsWith(number.e164().substring(number.e164().length() - 3)).hasSizeLessThan(14);
    }
}
