package org.bluelamp.platform.files;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the virus scanner said of each kept file ({@code file_scan}): clean, pending (kept but not yet scanned) or
 * infected. A file with no row arrived while scanning was off. Staff screens ask here before opening a file.
 */
@Repository
public class FileScans {

    private final JdbcClient jdbc;
    private final Clock clock;

    FileScans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records what the scan of a file being kept found: CLEAN or PENDING; OFF records nothing. */
    public void record(UUID fileId, ScanState state) {
        if (state == ScanState.OFF) {
            return;
        }
        if (state == ScanState.INFECTED) {
            throw new IllegalArgumentException("A file found infected on upload is refused, not kept");
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO file_scan (file_id, state, received_at, checked_at) VALUES (:id, :state, :now, :checked)
                        ON CONFLICT (file_id) DO UPDATE SET state = excluded.state, checked_at = excluded.checked_at""")
                .param("id", fileId).param("state", name(state)).param("now", now)
                .param("checked", state == ScanState.CLEAN ? now : null).update();
    }

    public ScanState stateOf(UUID fileId) {
        return jdbc.sql("SELECT state FROM file_scan WHERE file_id = :id").param("id", fileId)
                .query(String.class).optional().map(FileScans::state).orElse(ScanState.OFF);
    }

    /** The state of each of these files; those with no row are OFF. */
    public Map<UUID, ScanState> statesOf(Collection<UUID> fileIds) {
        var states = new HashMap<UUID, ScanState>();
        fileIds.forEach(id -> states.put(id, ScanState.OFF));
        if (!fileIds.isEmpty()) {
            jdbc.sql("SELECT file_id, state FROM file_scan WHERE file_id IN (:ids)").param("ids", List.copyOf(fileIds))
                    .query((rs, row) -> Map.entry(rs.getObject("file_id", UUID.class), state(rs.getString("state"))))
                    .list().forEach(entry -> states.put(entry.getKey(), entry.getValue()));
        }
        return states;
    }

    /** Refuses a file staff may not open yet (or ever): see {@link FileNotOpenable}. */
    public void requireOpenable(UUID fileId) {
        var state = stateOf(fileId);
        if (!state.openable()) {
            throw new FileNotOpenable(fileId, state);
        }
    }

    /** Files kept as not yet scanned, those waiting longest first. */
    List<UUID> pending(int most) {
        return jdbc.sql("SELECT file_id FROM file_scan WHERE state = 'pending' ORDER BY received_at LIMIT :most")
                .param("most", most).query(UUID.class).list();
    }

    /** Settles a pending file as clean or infected; false if it was no longer pending. */
    boolean settle(UUID fileId, ScanState state, Instant at) {
        return jdbc.sql("""
                        UPDATE file_scan SET state = :state, checked_at = :at, attempts = attempts + 1
                        WHERE file_id = :id AND state = 'pending'""")
                .param("state", name(state)).param("at", Timestamp.from(at)).param("id", fileId).update() == 1;
    }

    /** Counts a try that could not scan the file. */
    void attempted(UUID fileId) {
        jdbc.sql("UPDATE file_scan SET attempts = attempts + 1 WHERE file_id = :id").param("id", fileId).update();
    }

    /** Forgets a pending file whose content has gone (deleted with its draft or report): nothing is left to scan. */
    void forget(UUID fileId) {
        jdbc.sql("DELETE FROM file_scan WHERE file_id = :id AND state = 'pending'").param("id", fileId).update();
    }

    /** Forgets the scans of files being deleted, in the transaction that deletes their records. */
    void forgetAll(List<UUID> fileIds) {
        jdbc.sql("DELETE FROM file_scan WHERE file_id IN (:ids)").param("ids", fileIds).update();
    }

    private static String name(ScanState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static ScanState state(String name) {
        return ScanState.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
