package org.bluelamp.platform.limits;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;

/** The counts in {@code rate_limit}: one row per bucket, keyed subject and window. */
class RateLimitCounts {

    private final JdbcClient jdbc;

    RateLimitCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds one to the subject's count in the window and gives the new count. One statement: instances counting at
     * once each see their own total, and none is lost (the row is locked until the caller's transaction ends).
     */
    int add(String bucket, byte[] subject, Instant windowStart, Instant windowEnd) {
        return jdbc.sql("""
                        INSERT INTO rate_limit (bucket, subject_hash, window_start, window_end, count)
                        VALUES (:bucket, :subject, :start, :end, 1)
                        ON CONFLICT (bucket, subject_hash, window_start) DO UPDATE SET count = rate_limit.count + 1
                        RETURNING count""")
                .param("bucket", bucket).param("subject", subject)
                .param("start", Timestamp.from(windowStart)).param("end", Timestamp.from(windowEnd))
                .query(Integer.class).single();
    }

    /** Windows that have ended count for nothing. */
    int deleteEndedBefore(Instant now) {
        return jdbc.sql("DELETE FROM rate_limit WHERE window_end <= :now")
                .param("now", Timestamp.from(now)).update();
    }
}
