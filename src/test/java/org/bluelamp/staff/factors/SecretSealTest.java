package org.bluelamp.staff.factors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.AEADBadTagException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecretSealTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTEXT = "totp:j.smith";

    private final SecureRandom random = new SecureRandom();
    private final SecretSeal seal = new SecretSeal(randomKey());

    @Test
    void opensWhatItSealed() {
        assertThat(seal.open(seal.seal(SECRET, CONTEXT), CONTEXT)).isEqualTo(SECRET);
    }

    @Test
    void sealedBytesAreVersionIvCiphertextAndTagAndDoNotContainTheSecret() {
        byte[] sealed = seal.seal(SECRET, CONTEXT);
        assertThat(sealed).hasSize(1 + 12 + SECRET.length + 16);
        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1234567890");
    }

    @Test
    void aFingerprintIsTheSameEachTimeButDiffersByPurposeValueAndKey() {
        byte[] once = seal.fingerprint("sign-in account", "j.smith");
        assertThat(once).hasSize(32).isEqualTo(seal.fingerprint("sign-in account", "j.smith"));
        assertThat(seal.fingerprint("sign-in account", "j.smyth")).isNotEqualTo(once);
        assertThat(seal.fingerprint("something else", "j.smith")).isNotEqualTo(once);
        assertThat(new SecretSeal(randomKey()).fingerprint("sign-in account", "j.smith")).isNotEqualTo(once);
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentBytes() {
        assertThat(seal.seal(SECRET, CONTEXT)).isNotEqualTo(seal.seal(SECRET, CONTEXT));
    }

    @Test
    void refusesSealedBytesWithAnyByteChanged() {
        byte[] sealed = seal.seal(SECRET, CONTEXT);
        for (int i = 1; i < sealed.length; i++) {          // byte 0, the version, is checked on its own below
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatIllegalArgumentException().as("byte %d changed", i)
                    .isThrownBy(() -> seal.open(tampered, CONTEXT))
                    .withCauseInstanceOf(AEADBadTagException.class);
        }
    }

    @Test
    void refusesAnUnknownVersionOrTruncatedBytes() {
        byte[] sealed = seal.seal(SECRET, CONTEXT);
        byte[] otherVersion = sealed.clone();
        otherVersion[0] = 2;
        assertThatIllegalArgumentException().isThrownBy(() -> seal.open(otherVersion, CONTEXT));
        assertThatIllegalArgumentException().isThrownBy(() -> seal.open(new byte[28], CONTEXT));
        assertThatIllegalArgumentException().isThrownBy(() -> seal.open(null, CONTEXT));
    }

    @Test
    void refusesToOpenForAnotherContextSoSecretsCannotBeSwappedBetweenAccounts() {
        byte[] sealed = seal.seal(SECRET, CONTEXT);
        assertThatIllegalArgumentException().isThrownBy(() -> seal.open(sealed, "totp:a.jones"))
                .withCauseInstanceOf(AEADBadTagException.class);
    }

    @Test
    void refusesToOpenWithAnotherKey() {
        byte[] sealed = seal.seal(SECRET, CONTEXT);
        assertThatIllegalArgumentException().isThrownBy(() -> new SecretSeal(randomKey()).open(sealed, CONTEXT))
                .withCauseInstanceOf(AEADBadTagException.class);
    }

    @Test
    void readsAKeyWrittenInBase64() {
        byte[] key = randomKey();
        byte[] sealed = new SecretSeal(key).seal(SECRET, CONTEXT);
        String configured = " " + Base64.getEncoder().encodeToString(key) + "\n";      // as pasted into a file
        assertThat(SecretSeal.fromBase64(configured).open(sealed, CONTEXT)).isEqualTo(SECRET);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void saysHowToMakeAKeyWhenNoneIsGiven(String key) {
        assertThatIllegalArgumentException().isThrownBy(() -> SecretSeal.fromBase64(key))
                .withMessageContaining("32 random bytes in Base64")
                .withMessageContaining("openssl rand -base64 32")
                .withMessageEndingWith("None was given.");
    }

    @Test
    void saysTheKeyIsNotBase64WithoutRepeatingIt() {
        String key = "not*base64*but-a-secret-somebody-typed-here!";
        assertThatIllegalArgumentException().isThrownBy(() -> SecretSeal.fromBase64(key))
                .withMessageEndingWith("The one given is not Base64.")
                .withNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("*", "somebody", key));
    }

    @Test
    void saysHowManyBytesAWrongSizedKeyHasWithoutRepeatingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        String longKey = Base64.getEncoder().encodeToString(randomBytes(48));
        assertThatIllegalArgumentException().isThrownBy(() -> SecretSeal.fromBase64(shortKey))
                .withMessageEndingWith("The one given is 16 bytes.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(shortKey));
        assertThatIllegalArgumentException().isThrownBy(() -> SecretSeal.fromBase64(longKey))
                .withMessageEndingWith("The one given is 48 bytes.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(longKey));
    }

    @Test
    void refusesARawKeyThatIsNot32Bytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SecretSeal(new byte[16]));
        assertThatIllegalArgumentException().isThrownBy(() -> new SecretSeal(null));
    }

    private byte[] randomKey() {
        return randomBytes(32);
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
