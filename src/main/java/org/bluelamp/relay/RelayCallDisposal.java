package org.bluelamp.relay;

import org.bluelamp.platform.files.DeleteAfterCommit;
import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Relay calls being disposed of: those logged as the contact whose reference is disposed of, or one call never
 * logged as a contact ({@link RelayCallRetention}). Their typed lines, who played the recording, the recording's pieces and, once the deletion has committed, their files.
 */
@Component
@Order(RecordDisposer.BEFORE_REPORTS)
class RelayCallDisposal implements RecordDisposer {

    private final JdbcClient jdbc;
    private final DeleteAfterCommit files;

    RelayCallDisposal(JdbcClient jdbc, DeleteAfterCommit files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public void dispose(String reference) {
        dispose(jdbc.sql("SELECT id FROM relay_call WHERE reference = :ref").param("ref", reference)
                .query(UUID.class).list());
    }

    void dispose(List<UUID> calls) {
        if (calls.isEmpty()) {
            return;
        }
        files.delete(jdbc.sql("SELECT file_id FROM relay_recording_chunk WHERE call_id IN (:calls)")
                .param("calls", calls).query(UUID.class).list());
        for (String table : List.of("relay_recording_chunk", "relay_recording_playback", "relay_call_message")) {
            jdbc.sql("DELETE FROM " + table + " WHERE call_id IN (:calls)").param("calls", calls).update();
        }
        jdbc.sql("DELETE FROM relay_call WHERE id IN (:calls)").param("calls", calls).update();
    }
}
