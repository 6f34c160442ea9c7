package org.bluelamp.relay;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

/**
 * coturn's REST-secret scheme ("TURN REST API"): the username is the moment the password stops working, in Unix
 * seconds, then a colon and a label; the password is the Base64 HMAC-SHA1 of the username under the secret shared with
 * the TURN server. The server checks both without asking us, and refuses them once expired.
 */
final class TurnCredentials {

    private TurnCredentials() {
    }

    static IceServer forCall(java.util.List<String> urls, String secret, String label, Instant expires) {
        var username = expires.getEpochSecond() + ":" + label;
        return new IceServer(urls, username, password(secret, username));
    }

    static String password(String secret, String username) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
