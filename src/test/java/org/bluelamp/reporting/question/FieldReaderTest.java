package org.bluelamp.reporting.question;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bluelamp.reporting.question.Questions.CONTEXT;
import static org.bluelamp.reporting.question.Questions.field;

class FieldReaderTest {

    private static FieldReader.Result read(String type, String raw) {
        return FieldReader.read(field("f", type, false), raw, "q-f", CONTEXT.texts());
    }

    @ParameterizedTest
    @CsvSource({
            "07700 900982, 07700 900982",
            "07700900982, 07700 900982",
            "+44 7700 900982, 07700 900982",
            "+44 (0)7700 900982, 07700 900982",
            "0116 222 2222, 0116 222 2222",
            "020 7946 0000, 020 7946 0000"})
    void ukPhoneNumbersAreAcceptedInTheFormsPeopleWriteThem(String typed, String stored) {
        assertThat(read("uk-phone", typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+33 1 23 45 67 89", "0770090098212345", "phone me"})
    void otherPhoneNumbersAreRejectedWithAnExample(String typed) {
        assertThat(read("uk-phone", typed).error().text()).isEqualTo(
                "Enter a UK phone number, like 07700 900 982 or 0116 222 2222");
    }

    @ParameterizedTest
    @CsvSource({"le19 2bx, LE19 2BX", "LE192BX, LE19 2BX", "sw1a 1aa, SW1A 1AA", "m1 1ae, M1 1AE"})
    void postcodesAreNormalised(String typed, String stored) {
        assertThat(read("postcode", typed).value()).isEqualTo(stored);
    }

    @Test
    void aPostcodeThatCannotExistIsRejected() {
        assertThat(read("postcode", "LE19").error().text()).isEqualTo("Enter a full UK postcode, like LE19 2BX");
        assertThat(read("postcode", "LE19 2BX", "q-f").error()).isNull();
    }

    private static FieldReader.Result read(String type, String raw, String id) {
        return FieldReader.read(field("f", type, false), raw, id, CONTEXT.texts());
    }

    @Test
    void emailAddressesMustLookLikeOne() {
        assertThat(read("email", "name@example.com").value()).isEqualTo("name@example.com");
        assertThat(read("email", "name@example").error().fieldId()).isEqualTo("q-f");
        assertThat(read("email", "name example.com").error()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"150, 150.00", "'£1,250.5', 1250.50", "49.99, 49.99"})
    void moneyIsStoredInPoundsAndPence(String typed, String stored) {
        var result = read("money", typed);
        assertThat(result.value()).isEqualTo(stored);
        assertThat(FieldReader.display(field("f", "money", false), result.value())).startsWith("£");
    }

    @Test
    void moneyThatIsNotAnAmountIsRejected() {
        assertThat(read("money", "about fifty").error().text()).isEqualTo("Enter an amount in pounds, like 150 or 49.99");
        assertThat(read("money", "-5").error()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"ab12cde, AB12 CDE", "AB12 CDE, AB12 CDE", "a123bcd, A123 BCD", "abc123d, ABC 123D", "1234ab, 1234 AB",
            "abz 1234, ABZ 1234", "ab-12-cde, AB12 CDE"})
    void vehicleRegistrationsAreWrittenAsOnThePlate(String typed, String stored) {
        assertThat(read("vehicle-registration", typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"hh-ab 1234, HH-AB 1234", "ab-123-cd, AB-123-CD", "191-D-12345, 191-D-12345", "12345, 12345",
            "'  WI  123  XYZ ', WI 123 XYZ"})
    void platesFromAbroadAreTakenAsWritten(String typed, String stored) {
        assertThat(read("vehicle-registration", typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "VIN 1HGCM82633A004352", "12345678901", "AB12 CDE!", "AB_12CD", "AB/123/CD", "ÄB 123"})
    void textThatIsNotARegistrationIsRejected(String typed) {
        assertThat(read("vehicle-registration", typed).error().text())
                .isEqualTo("Enter a vehicle registration using 2 to 10 letters and numbers, like AB12 CDE");
    }

    @Test
    void aRequiredFieldLeftBlankUsesTheDefinitionsMessage() {
        assertThat(read("text", "   ").error().text()).isEqualTo("Enter f");
        assertThat(FieldReader.read(field("f", "text", true), " ", "q-f", CONTEXT.texts()).blank()).isTrue();
    }
}
