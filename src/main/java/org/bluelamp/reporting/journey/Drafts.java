package org.bluelamp.reporting.journey;

import org.bluelamp.platform.language.Language;
import org.bluelamp.reporting.Channel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reports in progress, kept in PostgreSQL so neither a closed browser nor a restart loses an answer. */
@Repository
class Drafts {

    private static final TypeReference<Map<String, Map<String, Object>>> ANSWERS = new TypeReference<>() {
    };

    /** A draft with a resume link not yet used was saved for later. */
    private static final String NOT_SAVED_FOR_LATER = """
            NOT EXISTS (SELECT 1 FROM draft_resume_link l WHERE l.draft_id = report_draft.id AND l.used_at IS NULL)""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ReportingProperties properties;

    Drafts(JdbcClient jdbc, JsonMapper json, Clock clock, ReportingProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    Optional<Draft> find(String tokenHash, String serviceId) {
        return jdbc.sql("""
                        SELECT id, service_id, definition_version, answers, position, report_id, staff_owner, channel,
                               call_started_at, interpreter, relay_call_id, language, chat_id FROM report_draft
                        WHERE token_hash = :token AND service_id = :service AND expires_at > :now""")
                .param("token", tokenHash).param("service", serviceId).param("now", Timestamp.from(clock.instant()))
                .query(rowMapper()).optional();
    }

    /** Locks the draft until the transaction ends, so two submissions of it cannot both go through. */
    Optional<Draft> lock(UUID id) {
        return jdbc.sql("""
                        SELECT id, service_id, definition_version, answers, position, report_id, staff_owner, channel,
                               call_started_at, interpreter, relay_call_id, language, chat_id FROM report_draft
                        WHERE id = :id FOR UPDATE""")
                .param("id", id).query(rowMapper()).optional();
    }

    /** Starts a new draft, replacing any earlier one for this service in this browser (parking one saved for later). */
    Draft start(String tokenHash, String serviceId, int definitionVersion) {
        Instant now = clock.instant();
        var id = UUID.randomUUID();
        jdbc.sql("DELETE FROM report_draft WHERE token_hash = :token AND service_id = :service AND "
                        + NOT_SAVED_FOR_LATER)
                .param("token", tokenHash).param("service", serviceId).update();
        park(tokenHash, serviceId);
        jdbc.sql("""
                        INSERT INTO report_draft (id, token_hash, service_id, definition_version, answers, created_at,
                                                  updated_at, expires_at)
                        VALUES (:id, :token, :service, :version, '{}', :now, :now, :expires)""")
                .param("id", id).param("token", tokenHash).param("service", serviceId)
                .param("version", definitionVersion).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(properties.draftLifetime()))).update();
        return new Draft(id, serviceId, definitionVersion, Map.of(), null, null, null);
    }

    /** A draft of a call staff are logging, which only the member of staff who started it may open. */
    Optional<Draft> findCall(UUID id, String staffOwner) {
        return jdbc.sql("""
                        SELECT id, service_id, definition_version, answers, position, report_id, staff_owner, channel,
                               call_started_at, interpreter, relay_call_id, language, chat_id FROM report_draft
                        WHERE id = :id AND staff_owner = :owner AND expires_at > :now""")
                .param("id", id).param("owner", staffOwner).param("now", Timestamp.from(clock.instant()))
                .query(rowMapper()).optional();
    }

    /** Starts a draft for a call; its token is its own id, never a browser's, so no cookie can reach it. */
    Draft startCall(String serviceId, int definitionVersion, CallDetails call, String firstQuestion) {
        Instant now = clock.instant();
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO report_draft (id, token_hash, service_id, definition_version, answers, position,
                                                  created_at, updated_at, expires_at, staff_owner, channel,
                                                  call_started_at, interpreter, relay_call_id, language, chat_id)
                        VALUES (:id, :token, :service, :version, '{}', :position, :now, :now, :expires, :owner,
                                :channel, :started, :interpreter, :relayCall, :language, :chat)""")
                .param("id", id).param("token", "call:" + id).param("service", serviceId)
                .param("version", definitionVersion).param("position", firstQuestion).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(properties.draftLifetime())))
                .param("owner", call.loggedBy()).param("channel", call.channel().code())
                .param("started", Timestamp.from(call.startedAt())).param("interpreter", call.interpreter())
                .param("relayCall", call.relayCallId()).param("language", call.language().code())
                .param("chat", call.chatId()).update();
        return new Draft(id, serviceId, definitionVersion, Map.of(), firstQuestion, null, call);
    }

    void save(UUID id, int definitionVersion, Map<String, Map<String, Object>> answers, String position) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE report_draft SET answers = CAST(:answers AS jsonb), position = :position,
                               definition_version = :version, updated_at = :now, expires_at = :expires
                        WHERE id = :id AND report_id IS NULL""")
                .param("answers", json.writeValueAsString(answers)).param("position", position)
                .param("version", definitionVersion).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(properties.draftLifetime()))).param("id", id).update();
    }

    void markSubmitted(UUID id, UUID reportId) {
        jdbc.sql("UPDATE report_draft SET report_id = :report, position = 'confirmation' WHERE id = :id")
                .param("report", reportId).param("id", id).update();
    }

    /** The ids of every draft a browser has, except those saved for later (which "Leave this site" keeps). */
    List<UUID> idsOf(String tokenHash) {
        return jdbc.sql("SELECT id FROM report_draft WHERE token_hash = :token AND " + NOT_SAVED_FOR_LATER)
                .param("token", tokenHash).query(UUID.class).list();
    }

    /**
     * Forgets every draft of a browser: "Leave this site". A draft saved for later is not deleted, since the person
     * was told it is kept, but is parked: no browser reaches it any more, only its link.
     */
    int forget(String tokenHash) {
        int deleted = jdbc.sql("DELETE FROM report_draft WHERE token_hash = :token AND " + NOT_SAVED_FOR_LATER)
                .param("token", tokenHash).update();
        park(tokenHash, null);
        return deleted;
    }

    /**
     * Keeps the draft for the whole lifetime from now, as the person saving it for later is told, with the language
     * they were reading in, which its link restores; gives the end.
     */
    Instant keep(UUID id, Language language) {
        Instant until = clock.instant().plus(properties.draftLifetime());
        jdbc.sql("UPDATE report_draft SET expires_at = :until, language = :language WHERE id = :id")
                .param("until", Timestamp.from(until)).param("language", language.code()).param("id", id).update();
        return until;
    }

    /** The language the draft was saved in (English for one saved before languages were). */
    Optional<Language> languageOf(UUID id) {
        return jdbc.sql("SELECT language FROM report_draft WHERE id = :id").param("id", id)
                .query((rs, row) -> Language.stored(rs.getString("language"))).optional();
    }

    /** When the draft will be deleted, if it has not been already. */
    Optional<Instant> expiresAt(UUID id) {
        return jdbc.sql("SELECT expires_at FROM report_draft WHERE id = :id").param("id", id)
                .query((rs, row) -> rs.getTimestamp("expires_at").toInstant()).optional();
    }

    /**
     * Opens a draft in this browser (from a resume link), in place of any draft of the same service it had: one not
     * saved for later is deleted, one saved for later is parked so its own link still opens it.
     */
    void moveTo(UUID id, String serviceId, String tokenHash) {
        jdbc.sql("DELETE FROM report_draft WHERE token_hash = :token AND service_id = :service AND id <> :id AND "
                        + NOT_SAVED_FOR_LATER)
                .param("token", tokenHash).param("service", serviceId).param("id", id).update();
        park(tokenHash, serviceId);
        jdbc.sql("UPDATE report_draft SET token_hash = :token WHERE id = :id")
                .param("token", tokenHash).param("id", id).update();
    }

    /** Takes a browser's drafts that were saved for later (of one service, or all) out of its reach. */
    private void park(String tokenHash, String serviceId) {
        jdbc.sql("UPDATE report_draft SET token_hash = 'parked:' || id WHERE token_hash = :token"
                        + (serviceId != null ? " AND service_id = :service" : ""))
                .param("token", tokenHash).param("service", serviceId).update();
    }

    /** Run once an hour on one instance by {@link ExpiredDraftsSweep}. */
    void deleteExpired() {
        jdbc.sql("DELETE FROM report_draft WHERE expires_at <= :now")
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private RowMapper<Draft> rowMapper() {
        return (rs, row) -> new Draft(rs.getObject("id", UUID.class), rs.getString("service_id"),
                rs.getInt("definition_version"), json.readValue(rs.getString("answers"), ANSWERS),
                rs.getString("position"), rs.getObject("report_id", UUID.class), call(rs));
    }

    private static CallDetails call(ResultSet rs) throws SQLException {
        String owner = rs.getString("staff_owner");
        return owner == null ? null : new CallDetails(Channel.fromCode(rs.getString("channel")).orElseThrow(),
                rs.getTimestamp("call_started_at").toInstant(), owner, rs.getString("interpreter"),
                rs.getObject("relay_call_id", UUID.class), Language.stored(rs.getString("language")),
                rs.getObject("chat_id", UUID.class));
    }
}
