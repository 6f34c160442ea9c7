package org.bluelamp.platform.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every column whose values name content in the file store. A module that keeps files under ids in a new column
 * adds it here; {@code BackupRestoreIT} fails on any uuid column named like a file's id that is not listed.
 */
final class StoredFileIds {

    /** Table and column; each query reads the ids in the back-up's snapshot. */
    static final List<String[]> COLUMNS = List.of(
            new String[]{"report_file", "id"}, // photos, documents and BSL video messages (reporting)
            new String[]{"relay_recording_chunk", "file_id"}, // relay call recordings
            new String[]{"subject_access_draft", "identity_file_id"}, // proofs of identity, before a request is sent
            new String[]{"subject_access_request", "identity_file_id"},
            new String[]{"subject_access_release", "pdf_file_id"}, // released answers
            new String[]{"subject_access_release", "json_file_id"});

    private StoredFileIds() {
    }

    static Set<UUID> in(Connection connection) throws SQLException {
        var ids = new LinkedHashSet<UUID>();
        for (String[] column : COLUMNS) {
            String sql = "SELECT DISTINCT " + ApplicationSchema.quoted(column[1]) + " FROM public."
                    + ApplicationSchema.quoted(column[0]) + " WHERE " + ApplicationSchema.quoted(column[1])
                    + " IS NOT NULL ORDER BY 1";
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
