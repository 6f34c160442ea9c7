package org.bluelamp.platform.personaldata;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The append-only log of every staff read of personal data, every search with its terms and every export. Each is
 * written in the transaction of the read it records, so nothing is seen without being logged; the database refuses
 * the application any change to it (V25).
 */
@Repository
public class AccessLog {

    private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A member of staff read a record (what kind, its reference, and what exactly in {@code detail}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void read(Accessor who, String recordKind, String reference, Map<String, String> detail) {
        write(who, "read", recordKind, reference, detail, null);
    }

    /** A member of staff searched records of a kind; the terms are kept as typed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void search(Accessor who, String recordKind, Map<String, String> terms) {
        write(who, "search", recordKind, null, terms, null);
    }

    /** Personal data left the system: a download, a bundle, a recording copied. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void export(Accessor who, String recordKind, String reference, Map<String, String> detail) {
        write(who, "export", recordKind, reference, detail, null);
    }

    /** Any entry, with the reason the member of staff gave. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Accessor who, String action, String recordKind, String reference, Map<String, String> detail,
                      String reason) {
        jdbc.sql("""
                        INSERT INTO access_log (at, actor, roles, action, record_kind, record_ref, detail, reason)
                        VALUES (:at, :actor, :roles, :action, :kind, :ref, CAST(:detail AS JSONB), :reason)""")
                .param("at", Timestamp.from(clock.instant())).param("actor", who.username())
                .param("roles", who.roles()).param("action", action).param("kind", recordKind)
                .param("ref", reference).param("detail", json.writeValueAsString(detail)).param("reason", reason)
                .update();
    }

    /** Who has looked at the record with this reference, newest first. */
    public List<AccessEntry> of(String reference) {
        return jdbc.sql("SELECT * FROM access_log WHERE record_ref = :ref ORDER BY id DESC")
                .param("ref", reference).query(this::entry).list();
    }

    /** What a member of staff has looked at, newest first, at most {@code limit} entries. */
    public List<AccessEntry> by(String username, int limit) {
        return jdbc.sql("SELECT * FROM access_log WHERE actor = :actor ORDER BY id DESC LIMIT :limit")
                .param("actor", username).param("limit", limit).query(this::entry).list();
    }

    private AccessEntry entry(ResultSet rs, int row) throws SQLException {
        return new AccessEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("roles"), rs.getString("action"), rs.getString("record_kind"),
                rs.getString("record_ref"), json.readValue(rs.getString("detail"), DETAIL), rs.getString("reason"));
    }
}
