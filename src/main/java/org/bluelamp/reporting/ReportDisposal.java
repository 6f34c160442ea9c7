package org.bluelamp.reporting;

import org.bluelamp.platform.files.DeleteAfterCommit;
import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A disposed contact's report: its answers, what was added to it later, the draft it was sent from (and that draft's
 * resume links), its files' rows and, once the deletion has committed, the files themselves. Runs after the
 * modules whose rows point to the report.
 */
@Component
@Order(RecordDisposer.REPORTS)
class ReportDisposal implements RecordDisposer {

    private final JdbcClient jdbc;
    private final DeleteAfterCommit files;

    ReportDisposal(JdbcClient jdbc, DeleteAfterCommit files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public void dispose(String reference) {
        List<UUID> reports = jdbc.sql("SELECT id FROM report WHERE reference = :ref").param("ref", reference)
                .query(UUID.class).list();
        if (reports.isEmpty()) {
            return;
        }
        List<UUID> fileIds = jdbc.sql("""
                        SELECT id FROM report_file WHERE report_id IN (:reports)
                           OR draft_id IN (SELECT id FROM report_draft WHERE report_id IN (:reports))""")
                .param("reports", reports).query(UUID.class).list();
        if (!fileIds.isEmpty()) {
            jdbc.sql("DELETE FROM report_file WHERE id IN (:files)").param("files", fileIds).update();
            files.delete(fileIds);
        }
        jdbc.sql("DELETE FROM report_addition WHERE report_id IN (:reports)").param("reports", reports).update();
        jdbc.sql("DELETE FROM report_draft WHERE report_id IN (:reports)").param("reports", reports).update();
        jdbc.sql("DELETE FROM report WHERE id IN (:reports)").param("reports", reports).update();
    }
}
