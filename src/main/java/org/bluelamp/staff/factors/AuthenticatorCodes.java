package org.bluelamp.staff.factors;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Codes from an authenticator app, as RFC 6238 defines them with the settings every common app expects: HMAC-SHA1,
 * six digits, a new code every 30 seconds. Refusing a code used before is the caller's job, with the step this
 * returns, because only the database can do it once across every instance.
 */
public final class AuthenticatorCodes {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    static final int SECRET_BYTES = 20;
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{" + DIGITS + "}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private final HmacOneTimePasswordGenerator hotp = new HmacOneTimePasswordGenerator(DIGITS);

    /**
     * The time step the code belongs to, or empty if it is not a code for this secret now. One step either side is
     * accepted, so a phone clock that is a little out, or a code typed as it changed, still works.
     */
    public OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        String typed = code == null ? "" : SEPARATORS.matcher(code).replaceAll("");   // "123 456" as apps show it
        if (!SIX_DIGITS.matcher(typed).matches()) {
            return OptionalLong.empty();
        }
        var key = new SecretKeySpec(secret, "HmacSHA1");
        long current = Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
        for (long step = current - 1; step <= current + 1; step++) {
            if (sameCode(codeFor(key, step), typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** A new secret: 160 random bits, the key length RFC 4226 recommends for HMAC-SHA1. */
    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** The secret as a person types it into an app that cannot scan: Base32 without the '=' padding apps refuse. */
    public static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The set-up link an app reads from the QR code (Google's Key URI format, which the other apps follow). */
    public String otpauthUri(String issuer, String account, byte[] secret) {
        return "otpauth://totp/" + uriEncode(issuer) + ":" + uriEncode(account)
                + "?secret=" + base32(secret)
                + "&issuer=" + uriEncode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private String codeFor(SecretKeySpec key, long step) {
        try {
            // Locale.ROOT: the default would write the digits of the server's locale, which may not be 0-9.
            return hotp.generateOneTimePasswordString(key, step, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable authenticator secret", e);
        }
    }

    /** Compared in constant time, so how long a refusal takes tells nothing about how close a guess was. */
    private static boolean sameCode(String expected, String typed) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                typed.getBytes(StandardCharsets.US_ASCII));
    }

    private static String uriEncode(String text) {
        // URLEncoder writes form encoding, where a space is '+'; in a URI path a '+' is a plus, so spaces become %20.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
