package org.bluelamp.appointments;

import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A disposed contact's PLOD visits; the officers' times stay, free again. */
@Component
@Order(RecordDisposer.BEFORE_REPORTS)
class VisitDisposal implements RecordDisposer {

    private final JdbcClient jdbc;

    VisitDisposal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void dispose(String reference) {
        jdbc.sql("DELETE FROM plod_visit WHERE contact_reference = :ref").param("ref", reference).update();
    }
}
