package org.bluelamp.insight;

import org.bluelamp.chat.ChatProperties;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.relay.RelayCallProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the queues people wait in for a person did over a range of UK days, as the consoles show today's
 * ({@code platform.QueueFigures}): the BSL video relay's calls and 101 live chats, counted by the day they joined the
 * queue. Offered means answered or abandoned (as on the consoles); one still waiting is neither yet. Each queue's
 * target is its module's setting ({@code bluelamp.relay.calls.answer-target}, {@code bluelamp.chat.answer-target}).
 * Only calls and chats the modules still keep are counted: each module deletes those that became no report after its
 * retention period.
 */
@Component
public class QueueLevels {

    private final JdbcClient jdbc;
    private final Map<Queue, Duration> targets;

    QueueLevels(JdbcClient jdbc, RelayCallProperties relay, ChatProperties chat) {
        this.jdbc = jdbc;
        this.targets = Map.of(Queue.RELAY, relay.answerTarget(), Queue.CHAT, chat.answerTarget());
    }

    /** The queues, each with its own table. */
    public enum Queue {
        RELAY("relay_call"), CHAT("chat");

        private final String table;

        Queue(String table) {
            this.table = table;
        }
    }

    /**
     * A queue's levels over {@code from} to {@code to} (UK days, both included), in all and month by month, in one
     * pass over its {@code queued_at} index.
     */
    @Transactional(readOnly = true)
    public Range between(Queue queue, LocalDate from, LocalDate to) {
        JourneyFigures.checkRange(from, to);
        Duration target = targets.get(queue);
        // Sums, not averages, per month: the range's averages are worked out from them, so one hash of a dozen
        // months does it (no sort of every row as GROUPING SETS would need).
        var rows = jdbc.sql("""
                        SELECT date_trunc('month', queued_at AT TIME ZONE 'Europe/London')::DATE AS month,
                               count(*) FILTER (WHERE answered_at IS NOT NULL) AS answered,
                               count(*) FILTER (WHERE answered_at <= queued_at + make_interval(secs => :target))
                                   AS answered_in_time,
                               count(*) FILTER (WHERE status = 'abandoned' AND answered_at IS NULL) AS abandoned,
                               coalesce(sum(extract(EPOCH FROM answered_at - queued_at)), 0) AS wait_seconds,
                               count(*) FILTER (WHERE status = 'ended' AND answered_at IS NOT NULL) AS ended,
                               coalesce(sum(extract(EPOCH FROM ended_at - answered_at)) FILTER (WHERE status = 'ended'),
                                   0) AS length_seconds
                        FROM %s WHERE queued_at >= :start AND queued_at < :end
                        GROUP BY 1""".formatted(queue.table))
                .param("target", target.toSeconds())
                .param("start", Timestamp.from(from.atStartOfDay(LondonTime.ZONE).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant()))
                .query((rs, row) -> Map.entry(rs.getObject("month", LocalDate.class), new Sums(rs.getInt("answered"),
                        rs.getInt("answered_in_time"), rs.getInt("abandoned"), rs.getDouble("wait_seconds"),
                        rs.getInt("ended"), rs.getDouble("length_seconds"))))
                .list();
        Sums total = Sums.NONE;
        Map<LocalDate, Sums> byMonth = new HashMap<>();
        for (var row : rows) {
            byMonth.put(row.getKey(), row.getValue());
            total = total.plus(row.getValue());
        }
        var months = new ArrayList<MonthLevels>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(new MonthLevels(month, byMonth.getOrDefault(month, Sums.NONE).levels()));
        }
        return new Range(queue, from, to, target, total.levels(), months);
    }

    /**
     * @param answerTarget the queue's target: answered within this of joining the queue
     * @param total        the whole range
     * @param months       every month the range touches, in order (the first and last may be part months)
     */
    public record Range(Queue queue, LocalDate from, LocalDate to, Duration answerTarget, Levels total,
                       List<MonthLevels> months) {

        public Range {
            months = List.copyOf(months);
        }
    }

    /** @param month its first day */
    public record MonthLevels(LocalDate month, Levels levels) {
    }

    /**
     * @param answered       answered by a person (an interpreter, a handler)
     * @param answeredInTime answered within the queue's target
     * @param abandoned      left the queue before an answer
     * @param averageWait    from joining the queue to the answer, of those answered; null when none was
     * @param averageLength  from the answer to the end, of those answered that have ended; null when none has
     */
    public record Levels(int answered, int answeredInTime, int abandoned, Duration averageWait,
                         Duration averageLength) {

        /** Answered or abandoned: one still waiting is not counted until it is one or the other. */
        public int offered() {
            return answered + abandoned;
        }

        /** Of those offered, the share answered within the target (0 to 100); null when none was offered. */
        public Double percentInTime() {
            return offered() == 0 ? null : 100.0 * answeredInTime / offered();
        }

        /** Of those offered, the share abandoned (0 to 100); null when none was offered. */
        public Double percentAbandoned() {
            return offered() == 0 ? null : 100.0 * abandoned / offered();
        }
    }

    /** A month's (or the range's) counts and total seconds, which add up where averages would not. */
    private record Sums(int answered, int answeredInTime, int abandoned, double waitSeconds, int ended,
                        double lengthSeconds) {

        static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0);

        Sums plus(Sums other) {
            return new Sums(answered + other.answered, answeredInTime + other.answeredInTime,
                    abandoned + other.abandoned, waitSeconds + other.waitSeconds, ended + other.ended,
                    lengthSeconds + other.lengthSeconds);
        }

        Levels levels() {
            return new Levels(answered, answeredInTime, abandoned, average(waitSeconds, answered),
                    average(lengthSeconds, ended));
        }

        private static Duration average(double seconds, int count) {
            return count == 0 ? null : Duration.ofSeconds(Math.round(seconds / count));
        }
    }
}
