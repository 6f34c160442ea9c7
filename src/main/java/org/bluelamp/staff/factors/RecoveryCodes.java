package org.bluelamp.staff.factors;

import org.bluelamp.platform.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Single-use codes that stand in for the authenticator app when a phone is lost, such as {@code 7KQ4-M2XP-9HTR}.
 * They use the alphabet of reference numbers, without 0, O, 1, I or L, so they can be read from paper.
 */
public final class RecoveryCodes {

    static final int COUNT = 10;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    /** Ten new codes, all different, grouped in fours to be written down. */
    public List<String> generate(SecureRandom random) {
        var codes = new LinkedHashSet<String>();
        while (codes.size() < COUNT) {
            codes.add(code(random));
        }
        return List.copyOf(codes);
    }

    /** A code as typed, made comparable: upper case, without the spaces or hyphens people add or leave out. */
    public static String normalise(String typed) {
        return typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * What is stored in place of the code: SHA-256 of the account and the code. A fast hash is enough here, unlike
     * for passwords: a code is 12 random characters from 31 (about 59 bits), not something a person chose, so there
     * is no likely guess to try first. The account name salts it, so someone with a copy of the table must attack
     * each account's codes on their own, and a code is of no use to any other account.
     */
    public static String hash(String account, String normalisedCode) {
        return Fingerprint.sha256((account + ":" + normalisedCode).getBytes(StandardCharsets.UTF_8));
    }

    private static String code(SecureRandom random) {
        var code = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }
}
