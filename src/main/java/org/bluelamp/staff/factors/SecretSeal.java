package org.bluelamp.staff.factors;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals secrets for storage with AES-256-GCM, so a copy of the database alone does not give away authenticator
 * keys. The context (for example {@code "totp:j.smith"}) is bound in as associated data: a sealed secret moved to
 * another row will not open there. Layout: version byte, 12-byte IV, ciphertext and 16-byte tag.
 */
public final class SecretSeal {

    static final int KEY_BYTES = 32;
    private static final byte VERSION = 1;          // a later key or cipher gets a new number; old rows stay readable
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final String HOW_TO_MAKE_ONE = "The secrets key must be 32 random bytes in Base64, 44 characters "
            + "(make one with: openssl rand -base64 32)";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretSeal(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secrets key must be " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Reads the key from configuration. The messages never repeat the key: they are shown at start-up. */
    public static SecretSeal fromBase64(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(HOW_TO_MAKE_ONE + ". None was given.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException notBase64) {
            // Not chained: the decoder's message quotes the offending character of the key.
            throw new IllegalArgumentException(HOW_TO_MAKE_ONE + ". The one given is not Base64.");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(HOW_TO_MAKE_ONE + ". The one given is " + bytes.length + " bytes.");
        }
        return new SecretSeal(bytes);
    }

    /**
     * A keyed fingerprint (HMAC-SHA256) of a value, to find rows by it without storing it. Each purpose gets its own
     * key derived from the secrets key, so a fingerprint is never a MAC for anything else.
     */
    public byte[] fingerprint(String purpose, String value) {
        try {
            var derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] purposeKey = derive.doFinal(("bluelamp fingerprint:" + purpose).getBytes(StandardCharsets.UTF_8));
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }

    public byte[] seal(byte[] plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);                       // GCM must never see the same IV twice under one key
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The secret sealed for this context.
     *
     * @throws IllegalArgumentException if it was sealed with another key or context, or changed since
     */
    public byte[] open(byte[] sealed, String context) {
        if (sealed == null || sealed.length < 1 + IV_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalArgumentException("Not a sealed secret of version " + VERSION);
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
        } catch (AEADBadTagException e) {           // the tag does not match: wrong key or context, or tampered with
            throw new IllegalArgumentException("The sealed secret does not open with this key and context", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
