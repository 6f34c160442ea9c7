package org.bluelamp.platform.personaldata;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 of a search's details under a key only the application holds (derived from the secrets key shared by
 * every instance, see staff.SecretsKey): equal details give equal hashes, so "who searched for this email?" can be
 * answered, but a copy of the log alone cannot be turned back into names, dates of birth or phone numbers by trying
 * every one.
 */
public final class SearchTermHashing {

    private final SecretKeySpec key;

    public SearchTermHashing(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("The search term key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The hash of the detail in its usual form, as hex. */
    public String hash(SearchTerm kind, String typed) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(kind.normalise(typed).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
