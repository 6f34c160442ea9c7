package org.bluelamp.notify;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Messages kept only a short while: those that belong to no contact (a saved report's link and code, a subject access
 * request's messages, anything with no reference), and those that carried a code or link. A contact's other
 * messages are kept, and disposed of, with the contact ({@link MessageDisposal}).
 */
@Repository
class ShortLivedMessages {

    /** Kinds deleted after settling whatever their reference: they concern no contact, or carried a secret. */
    static final String[] KINDS = Arrays.stream(MessageKind.values())
            .filter(kind -> kind.carriesSecrets() || kind.about() != MessageKind.About.REPORT)
            .map(MessageKind::code).toArray(String[]::new);

    private final JdbcClient jdbc;

    ShortLivedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes up to {@code limit} such messages, with their attempts, that settled (sent, delivered or failed) before
     * {@code settledBefore}.
     *
     * @return how many messages were deleted
     */
    @Transactional
    int deleteSettledBefore(Instant settledBefore, int limit) {
        var ids = jdbc.sql("""
                        SELECT id FROM message
                        WHERE created_at < :before
                          AND (reference IS NULL OR kind = ANY(:kinds))
                          AND status IN ('sent', 'delivered', 'failed')
                          AND GREATEST(created_at, not_before, sent_at, delivered_at) < :before
                        ORDER BY created_at
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""")
                .param("before", Timestamp.from(settledBefore)).param("kinds", KINDS).param("limit", limit)
                .query(UUID.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        var array = ids.toArray(UUID[]::new);
        jdbc.sql("DELETE FROM message_attempt WHERE message_id = ANY(:ids)").param("ids", array).update();
        return jdbc.sql("DELETE FROM message WHERE id = ANY(:ids)").param("ids", array).update();
    }
}
