package org.bluelamp.privacy.request;

import org.bluelamp.platform.language.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Subject access requests and their append-only timelines. */
@Repository
class DataRequests {

    private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DataRequests(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Stores a new request under a fresh reference, trying another in the rare case one is taken. */
    /** The language the request was made in: its messages and its answer are written in it. */
    Language languageOf(UUID id) {
        return jdbc.sql("SELECT language FROM subject_access_request WHERE id = :id").param("id", id)
                .query(String.class).optional().map(Language::stored).orElse(Language.ENGLISH);
    }

    String insert(DataRequest r, Language language) {
        while (true) {
            String reference = RequestReference.next();
            int stored = jdbc.sql("""
                            INSERT INTO subject_access_request (id, reference, received_at, full_name, other_names,
                                date_of_birth, email, phone, address, postcode, wants, wants_period, wants_reference,
                                identity, identity_file_id, identity_file_name, identity_file_type, receive_by, status,
                                identity_received_on, due_on, language)
                            VALUES (:id, :reference, :received, :name, :otherNames, :dob, :email, :phone, :address,
                                :postcode, :wants, :period, :wantsRef, :identity, :fileId, :fileName, :fileType,
                                :receiveBy, :status, :identityOn, :dueOn, :language)
                            ON CONFLICT (reference) DO NOTHING""")
                    .param("id", r.id()).param("language", language.code()).param("reference", reference).param("received", Timestamp.from(r.receivedAt()))
                    .param("name", r.fullName()).param("otherNames", r.otherNames())
                    .param("dob", Date.valueOf(r.dateOfBirth())).param("email", r.email()).param("phone", r.phone())
                    .param("address", r.address()).param("postcode", r.postcode()).param("wants", r.wants())
                    .param("period", r.wantsPeriod()).param("wantsRef", r.wantsReference())
                    .param("identity", r.identity()).param("fileId", r.identityFileId())
                    .param("fileName", r.identityFileName()).param("fileType", r.identityFileType())
                    .param("receiveBy", r.receiveBy()).param("status", r.status())
                    .param("identityOn", date(r.identityReceivedOn())).param("dueOn", date(r.dueOn()))
                    .update();
            if (stored == 1) {
                return reference;
            }
        }
    }

    Optional<DataRequest> byReference(String reference) {
        return jdbc.sql("SELECT * FROM subject_access_request WHERE reference = :ref").param("ref", reference)
                .query(DataRequests::request).optional();
    }

    Optional<DataRequest> byId(UUID id) {
        return jdbc.sql("SELECT * FROM subject_access_request WHERE id = :id").param("id", id)
                .query(DataRequests::request).optional();
    }

    /** Requests that share one of these details (any may be null), as a first sieve for a subject search. */
    List<DataRequest> candidates(String email, String e164, LocalDate dateOfBirth, String postcode, String reference,
                                 String nameLetters) {
        return jdbc.sql("""
                        SELECT * FROM subject_access_request
                        WHERE lower(email) = lower(:email) OR phone = :phone OR date_of_birth = :dob
                           OR postcode = :postcode OR reference = :reference
                           OR regexp_replace(lower(full_name), '[^[:alpha:]]', '', 'g') = :letters
                        ORDER BY received_at""")
                .param("email", email).param("phone", e164).param("dob", date(dateOfBirth))
                .param("postcode", postcode).param("reference", reference).param("letters", nameLetters)
                .query(DataRequests::request).list();
    }

    /** Open requests first, the soonest due first; those waiting for identity after, oldest first. */
    List<DataRequest> all() {
        return jdbc.sql("""
                        SELECT * FROM subject_access_request
                        ORDER BY answered_at IS NOT NULL, due_on NULLS LAST, received_at""")
                .query(DataRequests::request).list();
    }

    void identityChecked(UUID id, String by, String method, String note, LocalDate receivedOn, LocalDate dueOn) {
        jdbc.sql("""
                        UPDATE subject_access_request SET identity_checked_by = :by, identity_checked_at = :now,
                            identity_method = :method, identity_note = :note, identity_received_on = :receivedOn,
                            due_on = :dueOn, identity_file_id = NULL, identity_file_name = NULL,
                            identity_file_type = NULL, status = 'checked'
                        WHERE id = :id""")
                .param("by", by).param("now", Timestamp.from(clock.instant())).param("method", method)
                .param("note", note).param("receivedOn", date(receivedOn)).param("dueOn", date(dueOn))
                .param("id", id).update();
    }

    void refused(UUID id) {
        jdbc.sql("UPDATE subject_access_request SET status = 'refused' WHERE id = :id").param("id", id).update();
    }

    /** The answer (or the refusal) was sent. */
    void answered(UUID id) {
        jdbc.sql("""
                        UPDATE subject_access_request SET answered_at = :now,
                            status = CASE status WHEN 'refused' THEN 'refused' ELSE 'answered' END
                        WHERE id = :id""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    void addToTimeline(UUID requestId, String actor, String kind, Map<String, String> detail) {
        jdbc.sql("""
                        INSERT INTO subject_access_timeline (request_id, at, actor, kind, detail)
                        VALUES (:request, :at, :actor, :kind, CAST(:detail AS JSONB))""")
                .param("request", requestId).param("at", Timestamp.from(clock.instant())).param("actor", actor)
                .param("kind", kind).param("detail", json.writeValueAsString(detail)).update();
    }

    /** The timeline, oldest first. */
    List<TimelineEntry> timeline(UUID requestId) {
        return jdbc.sql("SELECT at, actor, kind, detail FROM subject_access_timeline WHERE request_id = :id ORDER BY id")
                .param("id", requestId)
                .query((rs, row) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("kind"), json.readValue(rs.getString("detail"), DETAIL)))
                .list();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static DataRequest request(ResultSet rs, int row) throws SQLException {
        return new DataRequest(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getTimestamp("received_at").toInstant(), rs.getString("full_name"), rs.getString("other_names"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("email"), rs.getString("phone"),
                rs.getString("address"), rs.getString("postcode"), rs.getString("wants"),
                rs.getString("wants_period"), rs.getString("wants_reference"), rs.getString("identity"),
                rs.getObject("identity_file_id", UUID.class), rs.getString("identity_file_name"),
                rs.getString("identity_file_type"), rs.getString("receive_by"), rs.getString("status"),
                rs.getObject("identity_received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("identity_checked_by"), instant(rs, "identity_checked_at"),
                rs.getString("identity_method"), rs.getString("identity_note"), instant(rs, "answered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
