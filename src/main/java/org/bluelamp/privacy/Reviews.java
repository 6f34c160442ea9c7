package org.bluelamp.privacy;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Retention reviews and the tombstones of disposed records (V26), as stored. */
@Repository
class Reviews {

    private static final RowMapper<Review> ROW = (rs, row) -> new Review(rs.getObject("id", UUID.class),
            rs.getString("record_kind"), rs.getString("record_ref"), rs.getString("rule"),
            rs.getDate("last_activity_on").toLocalDate(), rs.getDate("due_on").toLocalDate(), rs.getString("status"),
            rs.getString("decided_by"),
            rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
            rs.getString("reason"),
            rs.getDate("next_review_on") == null ? null : rs.getDate("next_review_on").toLocalDate());

    /** A record, as kind and reference. */
    record Key(String kind, String reference) {
    }

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Review> find(UUID id) {
        return jdbc.sql("SELECT * FROM retention_review WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** The review, locked for a decision, if it is still due. */
    Optional<Review> dueForDecision(UUID id) {
        return jdbc.sql("SELECT * FROM retention_review WHERE id = :id AND status = 'due' FOR UPDATE")
                .param("id", id).query(ROW).optional();
    }

    /** Open reviews, oldest due first. */
    List<Review> due(int limit, long offset) {
        return jdbc.sql("SELECT * FROM retention_review WHERE status = 'due' ORDER BY due_on, id LIMIT :l OFFSET :o")
                .param("l", limit).param("o", offset).query(ROW).list();
    }

    long countDue() {
        return jdbc.sql("SELECT count(*) FROM retention_review WHERE status = 'due'").query(Long.class).single();
    }

    /** Each open review's id, by record. */
    Map<Key, UUID> openByRecord() {
        return jdbc.sql("SELECT id, record_kind, record_ref FROM retention_review WHERE status = 'due'")
                .query((rs, row) -> Map.entry(new Key(rs.getString("record_kind"), rs.getString("record_ref")),
                        rs.getObject("id", UUID.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The next review date of each record's latest keep decision. */
    Map<Key, LocalDate> keptUntil() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (record_kind, record_ref) record_kind, record_ref, next_review_on
                        FROM retention_review WHERE status = 'kept'
                        ORDER BY record_kind, record_ref, decided_at DESC""")
                .query((rs, row) -> Map.entry(new Key(rs.getString("record_kind"), rs.getString("record_ref")),
                        rs.getDate("next_review_on").toLocalDate()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Lists the record for review, or brings its open review up to date. */
    void list(Key record, String rule, LocalDate lastActivityOn, LocalDate dueOn, Instant now) {
        jdbc.sql("""
                        INSERT INTO retention_review (id, record_kind, record_ref, rule, last_activity_on, due_on,
                                                      listed_at, status)
                        VALUES (:id, :kind, :ref, :rule, :last, :due, :now, 'due')
                        ON CONFLICT (record_kind, record_ref) WHERE status = 'due'
                        DO UPDATE SET rule = EXCLUDED.rule, last_activity_on = EXCLUDED.last_activity_on,
                                      due_on = EXCLUDED.due_on""")
                .param("id", UUID.randomUUID()).param("kind", record.kind()).param("ref", record.reference())
                .param("rule", rule).param("last", Date.valueOf(lastActivityOn)).param("due", Date.valueOf(dueOn))
                .param("now", Timestamp.from(now)).update();
    }

    /** Takes a record off the list: it has had activity since, or is gone. */
    void unlist(UUID id) {
        jdbc.sql("DELETE FROM retention_review WHERE id = :id AND status = 'due'").param("id", id).update();
    }

    void keep(UUID id, String by, Instant at, String reason, LocalDate nextReviewOn) {
        jdbc.sql("""
                        UPDATE retention_review SET status = 'kept', decided_by = :by, decided_at = :at,
                                                    reason = :reason, next_review_on = :next
                        WHERE id = :id AND status = 'due'""")
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).param("reason", reason)
                .param("next", Date.valueOf(nextReviewOn)).update();
    }

    /**
     * Marks the review disposed and forgets the record's earlier decisions, whose reasons could speak of the person;
     * the tombstone says the rest.
     */
    void disposed(Review review, String by, Instant at) {
        jdbc.sql("""
                        DELETE FROM retention_review
                        WHERE record_kind = :kind AND record_ref = :ref AND id <> :id""")
                .param("kind", review.kind()).param("ref", review.reference()).param("id", review.id()).update();
        jdbc.sql("""
                        UPDATE retention_review SET status = 'disposed', decided_by = :by, decided_at = :at
                        WHERE id = :id""")
                .param("id", review.id()).param("by", by).param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                        INSERT INTO disposed_record (record_kind, record_ref, rule, last_activity_on, disposed_at,
                                                     disposed_by)
                        VALUES (:kind, :ref, :rule, :last, :at, :by)
                        ON CONFLICT (record_kind, record_ref) DO NOTHING""")
                .param("kind", review.kind()).param("ref", review.reference()).param("rule", review.rule())
                .param("last", Date.valueOf(review.lastActivityOn())).param("at", Timestamp.from(at))
                .param("by", by).update();
    }
}
