package org.bluelamp.tracking;

import org.bluelamp.platform.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The access a passed code gives a browser to one report: a random token for its cookie, kept only as a hash, that
 * lasts while it is used and ends after {@link TrackingProperties#idleTimeout()} without use.
 */
@Repository
@Transactional
class ReportAccess {

    private final JdbcClient jdbc;
    private final TrackingProperties properties;
    private final Clock clock;

    ReportAccess(JdbcClient jdbc, TrackingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new token that opens the report. */
    String grant(UUID reportId) {
        String token = SecretTokens.newToken();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO tracking_access (token_hash, report_id, created_at, last_used_at) VALUES (:hash, :report, :now, :now)")
                .param("hash", SecretTokens.hash(token)).param("report", reportId).param("now", now).update();
        return token;
    }

    /** The report the token opens, if it has been used recently enough; using it keeps it alive. */
    Optional<UUID> reportFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        var now = clock.instant();
        return jdbc.sql("""
                        UPDATE tracking_access SET last_used_at = :now
                        WHERE token_hash = :hash AND last_used_at > :since RETURNING report_id""")
                .param("now", Timestamp.from(now)).param("hash", SecretTokens.hash(token))
                .param("since", Timestamp.from(now.minus(properties.idleTimeout())))
                .query(UUID.class).optional();
    }

    void end(String token) {
        if (token != null) {
            jdbc.sql("DELETE FROM tracking_access WHERE token_hash = :hash").param("hash", SecretTokens.hash(token)).update();
        }
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    public void deleteIdle() {
        jdbc.sql("DELETE FROM tracking_access WHERE last_used_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(properties.idleTimeout()))).update();
    }
}
