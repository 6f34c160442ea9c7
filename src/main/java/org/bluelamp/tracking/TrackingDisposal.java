package org.bluelamp.tracking;

import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A disposed contact's "Check your report" access: browsers that could still open the report, and its satisfaction
 * question (whose answers name no one and are kept for their own time). The request counts are kept by hashes, not
 * references, and age out by themselves.
 */
@Component
@Order(RecordDisposer.BEFORE_REPORTS)
class TrackingDisposal implements RecordDisposer {

    private final JdbcClient jdbc;
    private final SatisfactionInvitations satisfaction;

    TrackingDisposal(JdbcClient jdbc, SatisfactionInvitations satisfaction) {
        this.jdbc = jdbc;
        this.satisfaction = satisfaction;
    }

    @Override
    public void dispose(String reference) {
        jdbc.sql("DELETE FROM tracking_access WHERE report_id IN (SELECT id FROM report WHERE reference = :ref)")
                .param("ref", reference).update();
        satisfaction.dispose(reference);
    }
}
