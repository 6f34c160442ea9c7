package org.bluelamp.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Today's figures of a queue people wait in for a person (the BSL relay's calls, 101 live chats), as each console's
 * service levels show them: the queue now, and of the day's items how many were answered, how many within the
 * target, how many people left first, and how long answered ones lasted.
 *
 * @param longestWait   how long the oldest one waiting has waited; zero when none waits
 * @param averageLength of the day's answered items that have ended; null while none has
 */
public record QueueFigures(int waiting, Duration longestWait, int answered, int answeredInTime, int abandoned,
                           Duration averageLength) {

    /**
     * One query on a queue's table, which has {@code status} ('waiting', 'abandoned', 'ended'...), {@code queued_at},
     * {@code answered_at} and {@code ended_at}, on its {@code queued_at} index.
     *
     * @param table the module's own table name, never words from a request
     */
    public static QueueFigures since(JdbcClient jdbc, String table, Instant dayStart, Duration answerTarget,
                                     Instant now) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'waiting') AS waiting,
                               min(queued_at) FILTER (WHERE status = 'waiting') AS oldest,
                               count(*) FILTER (WHERE answered_at IS NOT NULL AND queued_at >= :day) AS answered,
                               count(*) FILTER (WHERE answered_at IS NOT NULL AND queued_at >= :day
                                                  AND answered_at <= queued_at + make_interval(secs => :target))
                                   AS answered_in_time,
                               count(*) FILTER (WHERE status = 'abandoned' AND queued_at >= :day) AS abandoned,
                               extract(EPOCH FROM avg(ended_at - answered_at)
                                   FILTER (WHERE status = 'ended' AND answered_at IS NOT NULL AND queued_at >= :day))
                                   AS average_seconds
                        FROM %s WHERE status = 'waiting' OR queued_at >= :day""".formatted(table))
                .param("day", Timestamp.from(dayStart)).param("target", answerTarget.toSeconds())
                .query((rs, row) -> new QueueFigures(rs.getInt("waiting"),
                        rs.getTimestamp("oldest") == null ? Duration.ZERO
                                : Duration.between(rs.getTimestamp("oldest").toInstant(), now),
                        rs.getInt("answered"), rs.getInt("answered_in_time"), rs.getInt("abandoned"),
                        rs.getObject("average_seconds") == null ? null
                                : Duration.ofSeconds(Math.round(rs.getDouble("average_seconds")))))
                .single();
    }
}
