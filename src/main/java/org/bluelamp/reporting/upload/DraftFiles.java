package org.bluelamp.reporting.upload;

import org.bluelamp.platform.Fingerprint;
import org.bluelamp.platform.files.DeleteAfterCommit;
import org.bluelamp.platform.files.FileNotOpenable;
import org.bluelamp.platform.files.FileScans;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.platform.files.ScanState;
import org.bluelamp.reporting.Attachment;
import org.bluelamp.reporting.AttachmentContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The files uploaded with reports: a row for each in the database and the content in the {@link FileStore}. A file
 * belongs to a draft until the report is sent, then to the report.
 */
@Repository
public class DraftFiles {

    private static final Logger log = LoggerFactory.getLogger(DraftFiles.class);
    private static final int SWEEP_BATCH = 500;

    private static final RowMapper<Attachment> ATTACHMENT = (rs, row) -> new Attachment(rs.getObject("id", UUID.class),
            rs.getString("question_id"), rs.getString("file_name"), FileKind.valueOf(rs.getString("kind")).mediaType(),
            rs.getLong("size_bytes"), rs.getString("sha256"), ScanState.OFF);

    private final JdbcClient jdbc;
    private final FileStore store;
    private final FileScans scans;
    private final DeleteAfterCommit deleteAfterCommit;
    private final Clock clock;

    DraftFiles(JdbcClient jdbc, FileStore store, FileScans scans, DeleteAfterCommit deleteAfterCommit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.deleteAfterCommit = deleteAfterCommit;
        this.scans = scans;
        this.clock = clock;
    }

    /** Keeps the files the draft's answer now holds that were just received. */
    @Transactional
    public void keep(UUID draftId, String questionId, UploadReader.Received received, Set<UUID> inAnswer) {
        keep("draft_id", draftId, questionId, received, inAnswer);
    }

    /**
     * Keeps files added to a report after it was sent (information the reporter added online): they belong to the
     * report at once, so staff see them with its other files.
     */
    @Transactional
    public void keepForReport(UUID reportId, String questionId, UploadReader.Received received, Set<UUID> inAnswer) {
        keep("report_id", reportId, questionId, received, inAnswer);
    }

    /** Each file in the answer gets its row, belonging to the draft or report named by owner, and its content stored. */
    private void keep(String owner, UUID ownerId, String questionId, UploadReader.Received received, Set<UUID> inAnswer) {
        for (var file : received.files()) {
            var id = UUID.fromString(file.id());
            var content = received.contents().get(id);
            if (content == null || !inAnswer.contains(id)) {
                continue;
            }
            // Stored first, fingerprinted on the way, so a video is read once and never held in memory. Should the
            // row then fail, the transaction is rolled back and the content is left without a row: harmless.
            var digest = Fingerprint.sha256();
            try (var in = new DigestInputStream(content.open(), digest)) {
                store.write(id, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read an uploaded file", e);
            }
            jdbc.sql("""
                            INSERT INTO report_file (id, %s, question_id, file_name, kind, size_bytes, sha256, created_at)
                            VALUES (:id, :owner, :question, :name, :kind, :size, :sha, :now)""".formatted(owner))
                    .param("id", id).param("owner", ownerId).param("question", questionId).param("name", file.name())
                    .param("kind", file.kind().name()).param("size", content.size()).param("sha", Fingerprint.hex(digest))
                    .param("now", Timestamp.from(clock.instant())).update();
            scans.record(id, received.scanOf(id));
        }
    }

    /** Deletes files taken out of a draft's answer, content and all (the content once the rows are gone). */
    @Transactional
    public void discard(UUID draftId, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        deleteAfterCommit.delete(jdbc.sql("""
                        DELETE FROM report_file WHERE id IN (:ids) AND draft_id = :draft AND report_id IS NULL
                        RETURNING id""")
                .param("ids", List.copyOf(ids)).param("draft", draftId).query(UUID.class).list());
    }

    /** Hands the files a sent report's answers hold over from its draft to the report. */
    public void attach(UUID draftId, UUID reportId, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE report_file SET report_id = :report WHERE draft_id = :draft AND id IN (:ids)")
                .param("report", reportId).param("draft", draftId).param("ids", List.copyOf(ids)).update();
    }

    /** A report's files, each with what the virus scanner found. */
    public List<Attachment> of(UUID reportId) {
        var files = jdbc.sql("SELECT * FROM report_file WHERE report_id = :report ORDER BY created_at, file_name")
                .param("report", reportId).query(ATTACHMENT).list();
        var states = scans.statesOf(files.stream().map(Attachment::id).toList());
        return files.stream().map(file -> file.withScan(states.get(file.id()))).toList();
    }

    /**
     * One file of a report, with its content; the caller closes the stream.
     *
     * @throws FileNotOpenable if it is not yet scanned for viruses, or was removed because it held one
     */
    public Optional<AttachmentContent> open(UUID reportId, UUID fileId) {
        var attachment = jdbc.sql("SELECT * FROM report_file WHERE report_id = :report AND id = :id")
                .param("report", reportId).param("id", fileId).query(ATTACHMENT).optional()
                .map(found -> found.withScan(scans.stateOf(fileId)));
        if (attachment.isPresent() && !attachment.get().openable()) {
            throw new FileNotOpenable(fileId, attachment.get().scan());
        }
        return attachment.flatMap(found -> store.open(fileId).map(content -> new AttachmentContent(found, content)));
    }

    /** Deletes the unsent files of these drafts, content and all, at once: "Leave this site" cannot wait. */
    @Transactional
    public void deleteUnsent(List<UUID> draftIds) {
        if (draftIds.isEmpty()) {
            return;
        }
        deleteAfterCommit.delete(jdbc.sql(
                        "DELETE FROM report_file WHERE draft_id IN (:drafts) AND report_id IS NULL RETURNING id")
                .param("drafts", draftIds).query(UUID.class).list());
    }

    /** Deletes files whose draft has gone (expired, or left with "Leave this site") without being sent. */
    /** Run every ten minutes on one instance by {@link AbandonedFilesSweep}. */
    public int deleteAbandoned() {
        var ids = jdbc.sql("""
                        SELECT id FROM report_file WHERE draft_id IS NULL AND report_id IS NULL
                        ORDER BY created_at LIMIT :batch""")
                .param("batch", SWEEP_BATCH).query(UUID.class).list();
        for (UUID id : ids) {
            store.delete(id);
            jdbc.sql("DELETE FROM report_file WHERE id = :id AND report_id IS NULL").param("id", id).update();
        }
        if (!ids.isEmpty()) {
            log.info("Deleted {} uploaded files whose drafts had gone", ids.size());
        }
        return ids.size();
    }
}
