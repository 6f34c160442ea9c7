package org.bluelamp.relay.message;

import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The BSL video messages sent to us, and which are still waiting for an interpreter. */
@Repository
class VideoMessages {

    /** A queue page never grows without limit; interpreters work from the top. */
    static final int MOST_SHOWN = 200;

    private static final RowMapper<VideoMessage> MESSAGE = (rs, row) -> new VideoMessage(
            rs.getObject("report_id", UUID.class), Reference.stored(rs.getString("reference")),
            rs.getTimestamp("received_at").toInstant(), instant(rs.getTimestamp("translated_at")),
            rs.getString("translated_by"));

    private final JdbcClient jdbc;

    VideoMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a message to the queue; a message already there (an event delivered twice) is left as it is. */
    void add(UUID reportId, Reference reference, Instant receivedAt) {
        jdbc.sql("""
                        INSERT INTO bsl_video_message (report_id, reference, received_at)
                        VALUES (:report, :reference, :received) ON CONFLICT (report_id) DO NOTHING""")
                .param("report", reportId).param("reference", reference.value())
                .param("received", Timestamp.from(receivedAt)).update();
    }

    /** The messages waiting for a translation, oldest first. */
    List<VideoMessage> waiting() {
        return jdbc.sql("""
                        SELECT * FROM bsl_video_message WHERE translated_at IS NULL
                        ORDER BY received_at, reference LIMIT :most""")
                .param("most", MOST_SHOWN).query(MESSAGE).list();
    }

    int waitingCount() {
        return jdbc.sql("SELECT count(*) FROM bsl_video_message WHERE translated_at IS NULL")
                .query(Integer.class).single();
    }

    Optional<VideoMessage> withReference(Reference reference) {
        return jdbc.sql("SELECT * FROM bsl_video_message WHERE reference = :reference")
                .param("reference", reference.value()).query(MESSAGE).optional();
    }

    /** Takes the message out of the queue; false if someone else translated it first. */
    boolean markTranslated(Reference reference, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE bsl_video_message SET translated_at = :at, translated_by = :by
                        WHERE reference = :reference AND translated_at IS NULL""")
                .param("at", Timestamp.from(at)).param("by", by).param("reference", reference.value()).update() == 1;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
