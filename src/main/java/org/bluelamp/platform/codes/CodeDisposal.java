package org.bluelamp.platform.codes;

import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A disposed contact's one-time codes: the addresses they were sent to. */
@Component
@Order(RecordDisposer.BEFORE_REPORTS)
class CodeDisposal implements RecordDisposer {

    private final JdbcClient jdbc;

    CodeDisposal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void dispose(String reference) {
        jdbc.sql("DELETE FROM one_time_code WHERE reference = :ref").param("ref", reference).update();
    }
}
