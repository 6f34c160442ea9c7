package org.bluelamp.staff.factors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatorCodesTest {

    /** The SHA-1 seed of RFC 6238 appendix B. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    /** RFC 6238's T = 1111111111 s, in step 37037037, whose eight-digit code is 14050471. */
    private static final Instant RFC_TIME = Instant.ofEpochSecond(1111111111L);
    private static final String RFC_CODE = "050471";
    private static final long RFC_STEP = 37037037L;

    private final AuthenticatorCodes codes = new AuthenticatorCodes();

    @ParameterizedTest(name = "T = {0} s gives {1}")
    @CsvSource({                                   // RFC 6238 appendix B, SHA-1 rows: the last six of eight digits
            "59,          287082, 1",
            "1111111109,  081804, 37037036",
            "1111111111,  050471, 37037037",
            "1234567890,  005924, 41152263",
            "2000000000,  279037, 66666666",
            "20000000000, 353130, 666666666"})
    void acceptsTheCodesOfRfc6238AndSaysWhichStepTheyBelongTo(long seconds, String code, long step) {
        assertThat(codes.matchingStep(RFC_SECRET, code, Instant.ofEpochSecond(seconds))).hasValue(step);
    }

    @Test
    void acceptsACodeFromOneStepEitherSideForClockDrift() {
        assertThat(codes.matchingStep(RFC_SECRET, RFC_CODE, RFC_TIME.plusSeconds(30))).hasValue(RFC_STEP);
        assertThat(codes.matchingStep(RFC_SECRET, RFC_CODE, RFC_TIME.minusSeconds(30))).hasValue(RFC_STEP);
    }

    @Test
    void refusesACodeTwoStepsAwayEitherSide() {
        assertThat(codes.matchingStep(RFC_SECRET, RFC_CODE, RFC_TIME.plusSeconds(60))).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, RFC_CODE, RFC_TIME.minusSeconds(60))).isEmpty();
    }

    @Test
    void refusesTheRightCodeForAnotherSecret() {
        byte[] other = "12345678901234567891".getBytes(StandardCharsets.US_ASCII);
        assertThat(codes.matchingStep(other, RFC_CODE, RFC_TIME)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"050 471", "050-471", " 050471 ", "05 04 71"})
    void acceptsTheCodeWrittenWithSpacesOrHyphensAsAppsShowIt(String typed) {
        assertThat(codes.matchingStep(RFC_SECRET, typed, RFC_TIME)).hasValue(RFC_STEP);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"05047", "0504710", "14050471", "O50471", "05047a", "050.471", "٠٥٠٤٧١", "０５０４７１"})
    void refusesAnythingThatIsNotSixDigits(String typed) {
        assertThat(codes.matchingStep(RFC_SECRET, typed, RFC_TIME)).isEmpty();
    }

    @Test
    void newSecretsAre20RandomBytes() {
        var random = new SecureRandom();
        byte[] first = AuthenticatorCodes.newSecret(random);
        byte[] second = AuthenticatorCodes.newSecret(random);
        assertThat(first).hasSize(20);
        assertThat(second).hasSize(20).isNotEqualTo(first);
    }

    @Test
    void writesTheSecretInBase32WithoutPadding() {
        assertThat(AuthenticatorCodes.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(AuthenticatorCodes.base32("foo".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6");  // RFC 4648: "MZXW6==="
    }

    @Test
    void setUpLinkNamesTheIssuerAndAccountAndTheSettingsAppsNeed() {
        assertThat(codes.otpauthUri("Bluelamp Testshire", "j.smith", RFC_SECRET)).isEqualTo(
                "otpauth://totp/Bluelamp%20Testshire:j.smith?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Bluelamp%20Testshire&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void setUpLinkEscapesCharactersThatWouldBreakIt() {
        assertThat(codes.otpauthUri("A&B Police", "x+y", RFC_SECRET))
                .startsWith("otpauth://totp/A%26B%20Police:x%2By?")
                .contains("&issuer=A%26B%20Police&");
    }
}
