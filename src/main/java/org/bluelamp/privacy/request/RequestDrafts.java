package org.bluelamp.privacy.request;

import org.bluelamp.platform.files.FileStore;
import org.bluelamp.reporting.FormDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The public form's progress, found by the hash of the token in the browser's draft cookie (the one every public form
 * uses, {@code reporting.journey.DraftCookie}), so nothing is lost between pages and the public need no session. A
 * draft left a day is deleted with its identity file.
 */
@Repository
class RequestDrafts {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };
    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final FileStore files;

    RequestDrafts(JdbcClient jdbc, JsonMapper json, Clock clock, FileStore files) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.files = files;
    }

    /** A draft's answers so far, its identity file, and the request it became once sent. */
    record Draft(Map<String, String> answers, IdentityFile file, UUID submittedAs) {

        String get(String key) {
            return answers.getOrDefault(key, "");
        }

        /** The answers as the question engine reads a public form's. */
        FormDraft asForm() {
            return new FormDraft(answers, file == null ? null : file.name(), submittedAs != null);
        }
    }

    /** An uploaded proof of identity. */
    record IdentityFile(UUID id, String name, String type) {
    }

    /** Starts a draft for this browser, in place of any it had (with its identity file). */
    void start(String tokenHash) {
        forget(tokenHash);
        var now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO subject_access_draft (token_hash, created_at, updated_at) VALUES (:hash, :now, :now)")
                .param("hash", tokenHash).param("now", now).update();
    }

    Optional<Draft> find(String tokenHash) {
        return find(tokenHash, "");
    }

    /** The draft, locked until the transaction ends, so that sending it twice at once makes one request. */
    Optional<Draft> lock(String tokenHash) {
        return find(tokenHash, " FOR UPDATE");
    }

    private Optional<Draft> find(String tokenHash, String lock) {
        return jdbc.sql("""
                        SELECT answers, identity_file_id, identity_file_name, identity_file_type, submitted_as
                        FROM subject_access_draft WHERE token_hash = :hash""" + lock)
                .param("hash", tokenHash)
                .query((rs, row) -> new Draft(json.readValue(rs.getString("answers"), ANSWERS),
                        rs.getObject("identity_file_id") == null ? null
                                : new IdentityFile(rs.getObject("identity_file_id", UUID.class),
                                rs.getString("identity_file_name"), rs.getString("identity_file_type")),
                        rs.getObject("submitted_as", UUID.class)))
                .optional();
    }

    /** Adds a page's answers to the draft, replacing what that page said before. */
    void save(String tokenHash, Map<String, String> answers) {
        var merged = new LinkedHashMap<>(find(tokenHash).map(Draft::answers).orElse(Map.of()));
        merged.putAll(answers);
        jdbc.sql("UPDATE subject_access_draft SET answers = CAST(:answers AS JSONB), updated_at = :now WHERE token_hash = :hash")
                .param("answers", json.writeValueAsString(merged)).param("now", Timestamp.from(clock.instant()))
                .param("hash", tokenHash).update();
    }

    /** Keeps an uploaded file for the draft, deleting the one it replaces. */
    void keepFile(String tokenHash, IdentityFile file) {
        var replaced = find(tokenHash).map(Draft::file);
        jdbc.sql("""
                        UPDATE subject_access_draft SET identity_file_id = :id, identity_file_name = :name,
                            identity_file_type = :type, updated_at = :now WHERE token_hash = :hash""")
                .param("id", file.id()).param("name", file.name()).param("type", file.type())
                .param("now", Timestamp.from(clock.instant())).param("hash", tokenHash).update();
        // Deleted once no row names it: should the update fail, the draft still has its old file.
        replaced.ifPresent(old -> files.delete(old.id()));
    }

    /** The draft became a request: its answers are forgotten, only which request it was is kept for the last page. */
    void submitted(String tokenHash, UUID requestId) {
        jdbc.sql("""
                        UPDATE subject_access_draft SET answers = '{}', identity_file_id = NULL, identity_file_name = NULL,
                            identity_file_type = NULL, submitted_as = :request, updated_at = :now WHERE token_hash = :hash""")
                .param("request", requestId).param("now", Timestamp.from(clock.instant()))
                .param("hash", tokenHash).update();
    }

    /**
     * Leaving the site: the draft and its identity file go at once. A request already sent stays; only this browser's
     * way to its last page goes.
     */
    void forget(String tokenHash) {
        var fileIds = jdbc.sql("DELETE FROM subject_access_draft WHERE token_hash = :hash RETURNING identity_file_id")
                .param("hash", tokenHash).query(UUID.class).list();
        fileIds.stream().filter(Objects::nonNull).forEach(files::delete);
    }

    /** RequestDrafts nobody finished, with their files, once a day has passed. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT4M")
    void deleteAbandoned() {
        var before = Timestamp.from(clock.instant().minus(KEPT));
        var fileIds = jdbc.sql("""
                        DELETE FROM subject_access_draft WHERE updated_at < :before RETURNING identity_file_id""")
                .param("before", before).query(UUID.class).list();
        fileIds.stream().filter(Objects::nonNull).forEach(files::delete);
    }
}
