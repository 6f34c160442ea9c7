package org.bluelamp.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Keeps insight_repeat_contact: every contact sharing an email or phone (a person) or a postcode (an address) with at
 * least two other contacts received within {@value #NEAR_DAYS} days of it, by a hash of the detail. Any three
 * contacts of one person within 90 days are all there, so {@link RepeatGroups} counts a 90 days from these few rows
 * instead of reading every contact of them. Emails and phones are matched as contact stores them (lower case, E.164),
 * so they are already the same however typed.
 */
@Repository
class RepeatCandidates {

    /** A day more than the 90 days, which a clock change can lengthen by an hour. */
    static final int NEAR_DAYS = 91;

    /**
     * Each kind's details in a contact, and the condition on a contact n that gives one of the details in keys.keys:
     * overlap (&&) of a column with the lot, so the GIN indexes find every contact of a batch's details at once.
     */
    private static final String PERSON_KEYS = "c.emails || c.phones";
    private static final String PERSON_MATCH = "(n.emails && (SELECT keys FROM keys) OR n.phones && (SELECT keys FROM keys))";
    private static final String ADDRESS_KEYS = "c.postcodes";
    private static final String ADDRESS_MATCH = "n.postcodes && (SELECT keys FROM keys)";

    private static final String UPSERT = """

            ON CONFLICT (kind, key_hash, contact_id) DO UPDATE
                SET received_at = EXCLUDED.received_at, team = EXCLUDED.team, channel = EXCLUDED.channel""";

    private final JdbcClient jdbc;

    RepeatCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Looks at these contacts again (new, changed, or given other details): each detail they give is looked up in
     * the contacts within {@value #NEAR_DAYS} days of them (the GIN indexes on the arrays find them), and where there
     * are three or more, all of those contacts are kept. About 2 s (people) and 8 s (postcodes, cold) for a thousand
     * contacts among 5 million; the job gives it at most {@link RepeatRefresh#BATCH} at a time.
     */
    @Transactional
    public void refresh(Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return;
        }
        var ids = contactIds.toArray(UUID[]::new);
        jdbc.sql("DELETE FROM insight_repeat_contact WHERE contact_id = ANY(:ids)").param("ids", ids).update();
        near(RepeatKind.PERSON, PERSON_KEYS, PERSON_MATCH, ids);
        near(RepeatKind.ADDRESS, ADDRESS_KEYS, ADDRESS_MATCH, ids);
    }

    private void near(RepeatKind kind, String keys, String match, UUID[] ids) {
        jdbc.sql("""
                        INSERT INTO insight_repeat_contact (kind, key_hash, contact_id, received_at, team, channel)
                        WITH a AS (SELECT DISTINCT k.key, c.received_at FROM contact c, unnest(%1$s) AS k(key)
                                   WHERE c.id = ANY(:ids)),
                             keys AS MATERIALIZED (SELECT array_agg(DISTINCT key) AS keys FROM a),
                             n AS (SELECT k.key, n.id, n.received_at, coalesce(n.allocated_team, '') AS team, n.channel
                                   FROM contact n, unnest(%2$s) AS k(key)
                                   WHERE %3$s),
                             near AS (SELECT n.*, count(*) OVER (PARTITION BY a.key, a.received_at) AS contacts
                                      FROM a JOIN n ON n.key = a.key
                                       AND n.received_at BETWEEN a.received_at - make_interval(days => :near)
                                                             AND a.received_at + make_interval(days => :near))
                        SELECT DISTINCT ON (hashtextextended(key, 0), id)
                               :kind, hashtextextended(key, 0), id, received_at, team, channel
                        FROM near WHERE contacts >= :times""".formatted(keys, keys.replace("c.", "n."), match)
                        + UPSERT)
                .param("kind", kind.code()).param("ids", ids).param("near", NEAR_DAYS)
                .param("times", RepeatFilter.TIMES).update();
    }

    /**
     * Counts again every contact received from {@code from} until {@code until} in one pass over them and the
     * {@value #NEAR_DAYS} days either side, each detail's contacts in order of receipt: for the first fill, when
     * looking up contacts one at a time would take hours.
     */
    @Transactional
    public void rebuild(Instant from, Instant until) {
        jdbc.sql("DELETE FROM insight_repeat_contact WHERE received_at >= :from AND received_at < :until")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).update();
        rebuild(RepeatKind.PERSON, PERSON_KEYS, from, until);
        rebuild(RepeatKind.ADDRESS, ADDRESS_KEYS, from, until);
    }

    private void rebuild(RepeatKind kind, String keys, Instant from, Instant until) {
        jdbc.sql("""
                        INSERT INTO insight_repeat_contact (kind, key_hash, contact_id, received_at, team, channel)
                        SELECT :kind, hashtextextended(key, 0), id, received_at, team, channel
                        FROM (SELECT k.key, c.id, c.received_at, coalesce(c.allocated_team, '') AS team, c.channel,
                                     count(*) OVER (PARTITION BY k.key ORDER BY c.received_at
                                                    RANGE BETWEEN make_interval(days => :near) PRECEDING
                                                              AND make_interval(days => :near) FOLLOWING) AS near
                              FROM contact c, unnest(%s) AS k(key)
                              WHERE c.received_at >= CAST(:from AS timestamptz) - make_interval(days => :near)
                                AND c.received_at < CAST(:until AS timestamptz) + make_interval(days => :near)) x
                        WHERE near >= :times AND received_at >= :from AND received_at < :until""".formatted(keys)
                        + UPSERT)
                .param("kind", kind.code()).param("near", NEAR_DAYS).param("times", RepeatFilter.TIMES)
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).update();
    }

    /** Forgets contacts received before this (a repeat list looks back no further) and contacts since disposed of. */
    @Transactional
    public int prune(Instant receivedBefore) {
        return jdbc.sql("""
                        DELETE FROM insight_repeat_contact r
                        WHERE r.received_at < :before
                           OR NOT EXISTS (SELECT 1 FROM contact c WHERE c.id = r.contact_id)""")
                .param("before", Timestamp.from(receivedBefore)).update();
    }
}
