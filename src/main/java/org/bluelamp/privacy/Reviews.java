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

    /** The next review date of each record's latest keep decision, among these records of the kind. */
    Map<String, LocalDate> keptUntil(String kind, List<String> references) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (record_ref) record_ref, next_review_on
                        FROM retention_review
                        WHERE record_kind = :kind AND record_ref = ANY(:refs::text[]) AND status = 'kept'
                        ORDER BY record_ref, decided_at DESC""")
                .param("kind", kind).param("refs", references.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString("record_ref"), rs.getDate("next_review_on").toLocalDate()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A record to list for review. */
    record Listing(String reference, String rule, LocalDate lastActivityOn, LocalDate dueOn) {
    }

    /**
     * Lists these records of the kind for review, or brings their open reviews up to date, in one statement; each is
     * stamped as found by the review that started at {@code run}.
     */
    void list(String kind, List<Listing> listings, Instant run) {
        if (listings.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO retention_review (id, record_kind, record_ref, rule, last_activity_on, due_on,
                                                      listed_at, found_at, status)
                        SELECT gen_random_uuid(), :kind, ref, rule, last_on, due_on, :run, :run, 'due'
                        FROM unnest(:refs::text[], :rules::text[], :lastOn::date[], :dueOn::date[])
                             AS listing(ref, rule, last_on, due_on)
                        ON CONFLICT (record_kind, record_ref) WHERE status = 'due'
                        DO UPDATE SET rule = EXCLUDED.rule, last_activity_on = EXCLUDED.last_activity_on,
                                      due_on = EXCLUDED.due_on, found_at = EXCLUDED.found_at""")
                .param("kind", kind).param("run", Timestamp.from(run))
                .param("refs", listings.stream().map(Listing::reference).toArray(String[]::new))
                .param("rules", listings.stream().map(Listing::rule).toArray(String[]::new))
                .param("lastOn", listings.stream().map(l -> l.lastActivityOn().toString()).toArray(String[]::new))
                .param("dueOn", listings.stream().map(l -> l.dueOn().toString()).toArray(String[]::new))
                .update();
    }

    /** Takes off the list the records the review that started at {@code run} did not find: active since, or gone. */
    int unlistNotFoundSince(Instant run) {
        return jdbc.sql("DELETE FROM retention_review WHERE status = 'due' AND found_at < :run")
                .param("run", Timestamp.from(run)).update();
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
