package org.bluelamp.integration.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.bluelamp.staff.SealedSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The keys tokens are signed and checked with, kept in the database so every instance signs with the same key and
 * checks every instance's tokens: the newest key not retired (with its private half, sealed under the secrets key)
 * signs; others, and keys retired in the last two hours, only check. Retiring a key (setting retired_at) makes a new
 * one sign within a minute. The first instance to need a key makes one, under a lock, so two starting together make one.
 * Each instance keeps the set for a minute, and reads it again at once for a token signed with a key it does not
 * know yet.
 */
class SigningKeys implements JWKSource<SecurityContext> {

    private static final Duration KEEP_FOR = Duration.ofMinutes(1);
    /** A retired key still checks tokens for longer than any token lasts (bluelamp.api.token-lifetime, at most 1 h). */
    private static final Duration RETIRED_KEYS_CHECK = Duration.ofHours(2);
    // pg_advisory_xact_lock's key for making the first key: any constant unique to this purpose
    private static final long MAKING_A_KEY = 0x4b_45_59_53L;

    private record Loaded(JWKSet keys, Instant at) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SealedSecrets sealed;
    private final Clock clock;
    private volatile Loaded loaded;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, SealedSecrets sealed, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sealed = sealed;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        var found = selector.select(keys(false));
        return found.isEmpty() ? selector.select(keys(true)) : found;
    }

    private JWKSet keys(boolean again) {
        var current = loaded;
        if (again || current == null || current.at().plus(KEEP_FOR).isBefore(clock.instant())) {
            current = new Loaded(transactions.execute(status -> load()), clock.instant());
            loaded = current;
        }
        return current.keys();
    }

    private JWKSet load() {
        var rows = read();
        if (rows.isEmpty() || !rows.getFirst().signs()) {
            jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", MAKING_A_KEY).query().singleRow();
            rows = read();
            if (rows.isEmpty() || !rows.getFirst().signs()) {
                make();
                rows = read();
            }
        }
        var keys = new ArrayList<JWK>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            keys.add(row.signs() && i == 0 ? signing(row) : row.publicKey());
        }
        return new JWKSet(keys);
    }

    private record KeyRow(String kid, boolean signs, byte[] privateKey, RSAKey publicKey) {
    }

    private List<KeyRow> read() {
        return jdbc.sql("""
                        SELECT kid, private_key, public_jwk, retired_at IS NULL AS signs FROM api_signing_key
                        WHERE retired_at IS NULL OR retired_at > :checkedUntil
                        ORDER BY retired_at IS NULL DESC, created_at DESC, kid DESC""")
                .param("checkedUntil", Timestamp.from(clock.instant().minus(RETIRED_KEYS_CHECK)))
                .query((rs, row) -> {
                    try {
                        return new KeyRow(rs.getString("kid"), rs.getBoolean("signs"), rs.getBytes("private_key"),
                                RSAKey.parse(rs.getString("public_jwk")));
                    } catch (ParseException broken) {
                        throw new IllegalStateException("A signing key's public half does not parse", broken);
                    }
                }).list();
    }

    private RSAKey signing(KeyRow row) {
        var json = sealed.open(row.privateKey(), context(row.kid())).orElseThrow(() -> new IllegalStateException(
                "The API's signing key " + row.kid() + " does not open with this secrets key"));
        try {
            return RSAKey.parse(json);
        } catch (ParseException broken) {
            throw new IllegalStateException("The API's signing key " + row.kid() + " does not parse", broken);
        }
    }

    private void make() {
        try {
            var key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
            jdbc.sql("""
                            INSERT INTO api_signing_key (kid, private_key, public_jwk, created_at)
                            VALUES (:kid, :private, :public, :now)""")
                    .param("kid", key.getKeyID()).param("private", sealed.seal(key.toJSONString(), context(key.getKeyID())))
                    .param("public", key.toPublicJWK().toJSONString()).param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (JOSEException cannotMake) {
            throw new IllegalStateException("Could not make a signing key for the API", cannotMake);
        }
    }

    private static String context(String kid) {
        return "api signing key:" + kid;
    }
}
