package org.bluelamp.contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each contact's history, written in the same transaction as what it records, so nothing done or seen goes
 * unwritten. The database refuses any change to a written line (see V13).
 */
@Repository
class Timeline {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timeline(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the line as it has always been kept: the kind's name and its particulars as a JSON object. */
    void append(UUID contactId, Instant at, String actor, Happening what) {
        jdbc.sql("""
                        INSERT INTO contact_timeline (contact_id, at, actor, kind, details)
                        VALUES (:contact, :at, :actor, :kind, CAST(:details AS jsonb))""")
                .param("contact", contactId).param("at", Timestamp.from(at)).param("actor", actor)
                .param("kind", what.kind()).param("details", json.writeValueAsString(what.details()))
                .update();
    }

    /** The history, newest first. */
    List<TimelineEntry> of(UUID contactId) {
        return jdbc.sql("SELECT * FROM contact_timeline WHERE contact_id = :contact ORDER BY id DESC")
                .param("contact", contactId)
                .query((rs, row) -> new TimelineEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        Happening.of(rs.getString("kind"), json.readValue(rs.getString("details"), DETAILS))))
                .list();
    }
}
