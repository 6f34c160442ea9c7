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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only log of every staff read of personal data, every search and every export. Each is written in the
 * transaction of the read it records, so nothing is seen without being logged; the database refuses the application
 * any change to it (V25). A search is kept as the kinds of detail searched by, never the details (see
 * {@link SearchTerms}).
 */
@Repository
public class AccessLog {

    private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
    };

    /** What {@link SearchTerms} become in an entry's detail: the kind was given, what it was is not kept. */
    public static final String GIVEN = "given";

    /**
     * The entries a supervisor may see ({@link LogReader#CONTACT_WORK}): the kinds of record that hang off contacts,
     * read, searched or exported, not looked at for a retention review; and reads of the log itself, except of a
     * subject access request's (whose references are privacy's "DSR-" ones).
     */
    private static final String CONTACT_WORK = """
            ((record_kind IN ('contact', 'report', 'file', 'message', 'recording', 'visit', 'bsl-video', 'relay-call',
                              'web-chat')
              AND action IN ('read', 'search', 'export')
              AND coalesce(detail ->> 'page', '') NOT IN ('retention-review', 'identity-proof'))
             OR (record_kind = 'access-log' AND action = 'read'
                 AND (record_ref IS NULL OR record_ref NOT LIKE 'DSR-%')))""";

    /** A retention reviewer's decision about a record. */
    public enum Decision { KEEP, DISPOSE }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SearchTermHashing hashing;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, JsonMapper json, SearchTermHashing hashing, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.hashing = hashing;
        this.clock = clock;
    }

    /** A member of staff read a record (what kind, its reference, and what exactly in {@code detail}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void read(Accessor who, RecordKind recordKind, String reference, Map<String, String> detail) {
        write(who, "read", recordKind, reference, detail, null, null);
    }

    /**
     * A member of staff searched records of a kind (for the subject access request {@code reference}, if any): the
     * kinds of detail are kept ({"email": "given"}), and each detail only as a keyed hash.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void search(Accessor who, RecordKind recordKind, String reference, SearchTerms terms) {
        var detail = new LinkedHashMap<String, String>();
        var hashes = terms.given().entrySet().stream().map(term -> {
            detail.put(term.getKey().key(), GIVEN);
            return hashing.hash(term.getKey(), term.getValue());
        }).distinct().toArray(String[]::new);
        write(who, "search", recordKind, reference, detail, null, hashes);
    }

    /** Personal data left the system: a download, a bundle, a recording copied. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void export(Accessor who, RecordKind recordKind, String reference, Map<String, String> detail) {
        write(who, "export", recordKind, reference, detail, null, null);
    }

    /** A retention reviewer kept or disposed of a record, with the reason they gave. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decided(Accessor who, Decision decision, RecordKind recordKind, String reference,
                        Map<String, String> detail, String reason) {
        write(who, decision == Decision.KEEP ? "keep" : "dispose", recordKind, reference, detail, reason, null);
    }

    private void write(Accessor who, String action, RecordKind recordKind, String reference, Map<String, String> detail,
                       String reason, String[] termHashes) {
        jdbc.sql("""
                        INSERT INTO access_log (at, actor, roles, action, record_kind, record_ref, detail, reason,
                                                term_hashes)
                        VALUES (:at, :actor, :roles, :action, :kind, :ref, CAST(:detail AS JSONB), :reason, :hashes)""")
                .param("at", Timestamp.from(clock.instant())).param("actor", who.username())
                .param("roles", who.roles()).param("action", action).param("kind", recordKind.code())
                .param("ref", reference).param("detail", json.writeValueAsString(detail)).param("reason", reason)
                .param("hashes", termHashes)
                .update();
    }

    /** Who has looked at the record with this reference, newest first, as far as the reader may see. */
    public List<AccessEntry> of(String reference, LogReader reader) {
        return jdbc.sql("SELECT * FROM access_log WHERE record_ref = :ref" + shownTo(reader) + " ORDER BY id DESC")
                .param("ref", reference).query(this::entry).list();
    }

    /** Who has looked at the record with this reference, newest first: for the subject access search. */
    public List<AccessEntry> of(String reference) {
        return of(reference, LogReader.DATA_PROTECTION);
    }

    /** What a member of staff has looked at, newest first, at most {@code limit} entries the reader may see. */
    public List<AccessEntry> by(String username, int limit, LogReader reader) {
        return jdbc.sql("SELECT * FROM access_log WHERE actor = :actor" + shownTo(reader)
                        + " ORDER BY id DESC LIMIT :limit")
                .param("actor", username).param("limit", limit).query(this::entry).list();
    }

    /**
     * Searches for this detail, newest first, at most {@code limit}: "who searched for this email?", answered by
     * hashing what the data protection team types as a search's details were hashed. Such look-ups are searches too
     * (kind access-log, in the team member's trail) but not part of the answer, which is about searches of records.
     */
    public List<AccessEntry> searchesFor(SearchTerm kind, String detail, int limit) {
        return jdbc.sql("""
                        SELECT * FROM access_log
                        WHERE action = 'search' AND record_kind <> 'access-log'
                          AND term_hashes @> ARRAY[CAST(:hash AS text)]
                        ORDER BY id DESC LIMIT :limit""")
                .param("hash", hashing.hash(kind, detail)).param("limit", limit).query(this::entry).list();
    }

    private static String shownTo(LogReader reader) {
        return reader == LogReader.DATA_PROTECTION ? "" : " AND " + CONTACT_WORK;
    }

    private AccessEntry entry(ResultSet rs, int row) throws SQLException {
        return new AccessEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("roles"), rs.getString("action"), rs.getString("record_kind"),
                rs.getString("record_ref"), json.readValue(rs.getString("detail"), DETAIL), rs.getString("reason"));
    }
}
