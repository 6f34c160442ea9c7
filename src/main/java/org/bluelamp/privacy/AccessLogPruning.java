package org.bluelamp.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Removes access log entries older than its rule, through the database's own function (the log is append-only to the
 * application). The database keeps at least a year whatever is asked, so the cut-off never comes later than that.
 */
@Component
class AccessLogPruning {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLogPruning(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Removes entries made before today less the period; says how many. */
    long prune(Period keep) {
        var before = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minus(keep).atStartOfDay(ZoneOffset.UTC);
        return jdbc.sql("SELECT prune_access_log(LEAST(CAST(:before AS timestamptz), now() - INTERVAL '1 year'))")
                .param("before", Timestamp.from(before.toInstant())).query(Long.class).single();
    }
}
