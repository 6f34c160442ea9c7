package org.bluelamp.staff;

import org.bluelamp.staff.factors.AuthenticatorCodes;
import org.bluelamp.staff.factors.SecretSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Each account's authenticator app: its secret, sealed, and the last time step a code was accepted for, so that a
 * code seen over someone's shoulder (or sent twice) is never accepted again.
 */
@Repository
class Authenticators {

    private final JdbcClient jdbc;
    private final SecretSeal seal;
    private final AuthenticatorCodes codes = new AuthenticatorCodes();
    private final SecureRandom random = new SecureRandom();

    Authenticators(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    boolean confirmed(String username) {
        return jdbc.sql("SELECT count(*) FROM staff_authenticator WHERE username = :u AND confirmed_at IS NOT NULL")
                .param("u", username).query(Integer.class).single() > 0;
    }

    /**
     * The secret being set up: the one already offered if the page is shown again (so a scanned QR code stays
     * good), else a new one. Never for an account whose app is already confirmed.
     */
    Optional<byte[]> pendingSecret(String username, Instant now) {
        if (confirmed(username)) {
            return Optional.empty();
        }
        var sealed = jdbc.sql("SELECT secret_sealed FROM staff_authenticator WHERE username = :u")
                .param("u", username).query(byte[].class).optional();
        if (sealed.isPresent()) {
            return Optional.of(seal.open(sealed.get(), context(username)));
        }
        byte[] secret = AuthenticatorCodes.newSecret(random);
        jdbc.sql("""
                        INSERT INTO staff_authenticator (username, secret_sealed, created_at) VALUES (:u, :s, :now)
                        ON CONFLICT (username) DO NOTHING""")
                .param("u", username).param("s", seal.seal(secret, context(username)))
                .param("now", Timestamp.from(now)).update();
        return Optional.of(secret);
    }

    /** Confirms the app being set up with its first code. */
    boolean confirm(String username, String code, Instant now) {
        return accept(username, code, now, false);
    }

    /** Whether the code is right for the account's confirmed app and has not been used before. */
    boolean verify(String username, String code, Instant now) {
        return accept(username, code, now, true);
    }

    /**
     * Forgets the app and every passkey, so the account sets up a new app at next sign-in (an admin's reset, when
     * a phone or a laptop is lost or stolen).
     */
    void remove(String username) {
        jdbc.sql("DELETE FROM staff_authenticator WHERE username = :u").param("u", username).update();
        jdbc.sql("""
                        DELETE FROM user_credentials
                        WHERE user_entity_user_id IN (SELECT id FROM user_entities WHERE name = :u)""")
                .param("u", username).update();
    }

    private boolean accept(String username, String code, Instant now, boolean mustBeConfirmed) {
        var sealed = jdbc.sql("SELECT secret_sealed FROM staff_authenticator WHERE username = :u AND "
                        + (mustBeConfirmed ? "confirmed_at IS NOT NULL" : "confirmed_at IS NULL"))
                .param("u", username).query(byte[].class).optional();
        if (sealed.isEmpty()) {
            return false;
        }
        var step = codes.matchingStep(seal.open(sealed.get(), context(username)), code, now);
        if (step.isEmpty()) {
            return false;
        }
        // One statement decides, so two requests with the same code cannot both be accepted.
        return jdbc.sql("""
                        UPDATE staff_authenticator
                        SET last_used_step = :step, confirmed_at = coalesce(confirmed_at, :now)
                        WHERE username = :u AND (last_used_step IS NULL OR last_used_step < :step)""")
                .param("step", step.getAsLong()).param("now", Timestamp.from(now)).param("u", username)
                .update() == 1;
    }

    private static String context(String username) {
        return "totp:" + username;
    }
}
