package org.bluelamp.staff;

import org.bluelamp.staff.factors.SecretSeal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Seals a short-lived secret for another module to keep until it is used (a one-time code in a message waiting to be
 * sent, say), with the secrets key every instance shares: AES-256-GCM, bound to a context so a sealed value copied to
 * another row does not open there. A copy of the database alone opens nothing.
 */
public final class SealedSecrets {

    // Kept apart from the staff module's own contexts ("totp:…"): a sealed value from one never opens as the other.
    private static final String PREFIX = "sealed:";

    private final SecretSeal seal;

    SealedSecrets(SecretSeal seal) {
        this.seal = seal;
    }

    public byte[] seal(String plain, String context) {
        return seal.seal(plain.getBytes(StandardCharsets.UTF_8), PREFIX + context);
    }

    /** The secret, or empty if it was sealed for another context or key, or changed since. */
    public Optional<String> open(byte[] sealed, String context) {
        try {
            return Optional.of(new String(seal.open(sealed, PREFIX + context), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException doesNotOpen) {
            return Optional.empty();
        }
    }
}
