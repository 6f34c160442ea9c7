package org.bluelamp.integration.webhooks;

import org.bluelamp.staff.SealedSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Clients' webhooks: one each, its secret sealed so that only Bluelamp, with the secrets key, can sign with it. */
@Component
class Webhooks {

    /** A client's webhook as the client may see it: never its secret again. */
    record Webhook(String url, Instant createdAt) {
    }

    /** A webhook set: its secret if it was made now (a new webhook, or a secret rotated), else none. */
    record Set(String url, Optional<String> newSecret) {
    }

    private final JdbcClient jdbc;
    private final SealedSecrets sealed;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, SealedSecrets sealed, Clock clock) {
        this.jdbc = jdbc;
        this.sealed = sealed;
        this.clock = clock;
    }

    /** The context a secret is sealed for: a secret copied to another client's row does not open there. */
    static String context(UUID client) {
        return "webhook:" + client;
    }

    Optional<Webhook> of(UUID client) {
        return jdbc.sql("SELECT url, created_at FROM api_webhook WHERE client_id = :client")
                .param("client", client)
                .query((rs, row) -> new Webhook(rs.getString("url"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /**
     * Sets the client's webhook to this (checked) address. A new one starts at the newest event of the feed, so it
     * receives what happens from now on; an existing one keeps its place, and its secret unless asked to rotate it.
     */
    @Transactional
    Set set(UUID client, String url, boolean rotateSecret) {
        var secret = WebhookSignature.newSecret();
        boolean secretChanged = jdbc.sql("""
                        INSERT INTO api_webhook (client_id, url, secret, created_at, fanned_out_to)
                        VALUES (:client, :url, :secret, :now, (SELECT coalesce(max(position), 0) FROM api_event))
                        ON CONFLICT (client_id) DO UPDATE
                            SET url = excluded.url,
                                secret = CASE WHEN :rotate THEN excluded.secret ELSE api_webhook.secret END
                        RETURNING xmax = 0 OR :rotate AS secret_changed""")
                .param("client", client).param("url", url).param("secret", sealed.seal(secret, context(client)))
                .param("now", Timestamp.from(clock.instant())).param("rotate", rotateSecret)
                .query(Boolean.class).single();
        return new Set(url, secretChanged ? Optional.of(secret) : Optional.empty());
    }

    /** Removes the client's webhook and its deliveries, sent or not; says whether it had one. */
    @Transactional
    boolean remove(UUID client) {
        return jdbc.sql("DELETE FROM api_webhook WHERE client_id = :client").param("client", client).update() > 0;
    }

    /** The secret to sign with, or empty if it does not open (the secrets key changed). */
    Optional<String> secret(UUID client, byte[] sealedSecret) {
        return sealed.open(sealedSecret, context(client));
    }
}
