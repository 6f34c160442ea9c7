package org.bluelamp.relay.message;

import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A disposed contact's BSL video message row; the video itself is one of its report's files, which reporting
 * disposes of. Every video message is a report, so every one has a contact and goes with it.
 */
@Component
@Order(RecordDisposer.BEFORE_REPORTS)
class VideoMessageDisposal implements RecordDisposer {

    private final JdbcClient jdbc;

    VideoMessageDisposal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void dispose(String reference) {
        jdbc.sql("DELETE FROM bsl_video_message WHERE reference = :ref").param("ref", reference).update();
    }
}
