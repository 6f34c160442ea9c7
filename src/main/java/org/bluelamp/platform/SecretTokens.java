package org.bluelamp.platform;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens for cookies and links (256 random bits, URL-safe), and the hash that is kept in their place, so
 * a copy of the database opens nothing.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored for a token: its SHA-256 in hex. */
    public static String hash(String token) {
        return Fingerprint.sha256(token.getBytes(StandardCharsets.UTF_8));
    }
}
