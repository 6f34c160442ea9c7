package org.bluelamp.platform.scheduling;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** When each job's work last finished without throwing, kept beside its lease in {@code scheduled_job}. */
class LastSuccesses {

    private final JdbcClient jdbc;

    LastSuccesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The job has just succeeded, by the database's clock, so every instance reads the same time. */
    void record(String job) {
        jdbc.sql("UPDATE scheduled_job SET last_success = now() WHERE name = :name").param("name", job).update();
    }

    /** Every job that has asked for its lease, with its last success if it has had one: one row per job. */
    Map<String, Optional<Instant>> all() {
        var all = new LinkedHashMap<String, Optional<Instant>>();
        jdbc.sql("SELECT name, last_success FROM scheduled_job ORDER BY name").query(rs -> {
            Timestamp at = rs.getTimestamp("last_success");
            all.put(rs.getString("name"), Optional.ofNullable(at).map(Timestamp::toInstant));
        });
        return all;
    }
}
