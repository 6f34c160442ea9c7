package org.bluelamp.notify;

import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A disposed contact's emails and texts, sent or not, with their delivery attempts; and a disposed subject access
 * request's (its reference is the request's). Messages with no contact go sooner, by {@link ShortLivedMessagesJob}.
 */
@Component
@Order(RecordDisposer.BEFORE_REPORTS)
class MessageDisposal implements RecordDisposer {

    private final JdbcClient jdbc;

    MessageDisposal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void dispose(String reference) {
        jdbc.sql("DELETE FROM message_attempt WHERE message_id IN (SELECT id FROM message WHERE reference = :ref)")
                .param("ref", reference).update();
        jdbc.sql("DELETE FROM message WHERE reference = :ref").param("ref", reference).update();
    }
}
