package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Finds contacts by reference, email, phone, postcode, vehicle registration, name (trigram word similarity) or
 * words in the account (English full text), narrowed by the member of staff's scope so that a search never shows
 * a contact a menu would not. Each kind is answered from its own index (see V15__contact_search.sql).
 * Measured on a million contacts by bench/search.sh (docs/performance.md).
 */
@Repository
class ContactSearch {

    /**
     * Names and words are looked for in the last week first, then the last 90 days, then all time, until a page is
     * found: a common word or surname matches thousands of contacts in a million, and reading them all to rank
     * them takes far longer than reading a week's; the newest are what staff are usually after.
     */
    static final List<Duration> WINDOWS = List.of(Duration.ofDays(7), Duration.ofDays(90));

    /** Within a window, the newest this many matches are ranked, so that ranking stays cheap. */
    static final int CANDIDATES = 500;

    private static final RowMapper<SearchHit> HIT = (rs, row) -> new SearchHit(Reference.stored(rs.getString("reference")),
            rs.getString("service_title"), rs.getTimestamp("received_at").toInstant(), rs.getString("status"));

    private final JdbcClient jdbc;
    private final Clock clock;

    ContactSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Up to {@code limit} contacts the scope allows: exact matches (reference, email, phone, postcode,
     * registration) first, newest first; then the best names and words. One connection, a few short queries.
     */
    @Transactional(readOnly = true)
    List<SearchHit> find(SearchQuery query, ContactScope scope, int limit) {
        if (query.blank()) {
            return List.of();
        }
        planForTheseTerms(jdbc);
        var hits = new LinkedHashMap<Reference, SearchHit>();
        if (query.exact()) {
            exact(query, scope, limit).forEach(hit -> hits.putIfAbsent(hit.reference(), hit));
        }
        boolean words = query.byWords() || query.wordsIfNoReferenceFound() && hits.isEmpty();
        if (words && hits.size() < limit) {
            namesAndWords(query, scope, limit).forEach(hit -> hits.putIfAbsent(hit.reference(), hit));
        }
        return hits.values().stream().limit(limit).toList();
    }

    /** The newest window that finds a page, or all time; a window its predecessor says will not is skipped. */
    private List<SearchHit> namesAndWords(SearchQuery query, ContactScope scope, int limit) {
        int window = 0;
        while (window < WINDOWS.size()) {
            var found = byWords(query, scope, limit, clock.instant().minus(WINDOWS.get(window)));
            if (found.size() >= limit) {
                return found;
            }
            window += stillShort(found.size(), window, limit) ? 2 : 1;
        }
        return byWords(query, scope, limit, null);
    }

    /** Whether, at the rate found in this window, the next would still find less than a page. */
    private static boolean stillShort(int found, int window, int limit) {
        if (window + 1 >= WINDOWS.size()) {
            return false;
        }
        double growth = (double) WINDOWS.get(window + 1).toDays() / WINDOWS.get(window).toDays();
        return found * growth < limit;
    }

    /**
     * Each search planned for its own terms: a plan cached for any terms (PostgreSQL's generic plan, which it
     * may choose after a statement has run five times on a connection) cannot tell a rare surname from a common
     * word, and can read the whole table by date when an index would read a few rows.
     */
    static void planForTheseTerms(JdbcClient jdbc) {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }

    private List<SearchHit> exact(SearchQuery query, ContactScope scope, int limit) {
        var params = new HashMap<String, Object>();
        params.put("limit", limit);
        query.reference().ifPresent(r -> params.put("reference", r));
        query.email().ifPresent(e -> params.put("email", e));
        query.phone().ifPresent(p -> params.put("phone", p));
        query.postcode().ifPresent(p -> params.put("postcode", p));
        query.vehicle().ifPresent(v -> params.put("vehicle", v));
        return scope.bind(jdbc.sql(exactSql(query, scope))).params(params).query(HIT).list();
    }

    private List<SearchHit> byWords(SearchQuery query, ContactScope scope, int limit, Instant since) {
        var sql = scope.bind(jdbc.sql(wordsSql(scope, since != null))).param("words", query.text())
                .param("candidates", CANDIDATES).param("limit", limit);
        return (since == null ? sql : sql.param("since", Timestamp.from(since))).query(HIT).list();
    }

    /*
     * The matches are found first, behind a fence (MATERIALIZED), then ordered: asked for the newest 51 directly,
     * PostgreSQL may walk the whole table by date hoping to meet them soon, which it cannot estimate for array and
     * text-search conditions (measured on a million contacts: 4.9 s for one phone number against 0.2 ms).
     */

    /** The exact kinds the query can be, each from its index, newest first. */
    static String exactSql(SearchQuery query, ContactScope scope) {
        var exact = new ArrayList<String>();
        query.reference().ifPresent(r -> exact.add("reference = :reference"));
        query.email().ifPresent(e -> exact.add("emails @> ARRAY[CAST(:email AS text)]"));
        query.phone().ifPresent(p -> exact.add("phones @> ARRAY[CAST(:phone AS text)]"));
        query.postcode().ifPresent(p -> exact.add("postcodes @> ARRAY[CAST(:postcode AS text)]"));
        query.vehicle().ifPresent(v -> exact.add("vehicles @> ARRAY[CAST(:vehicle AS text)]"));
        return """
                WITH matches AS MATERIALIZED (
                    SELECT reference, service_title, received_at, status FROM contact
                    WHERE %s AND (%s))
                SELECT * FROM matches
                ORDER BY received_at DESC
                LIMIT :limit""".formatted(scope.condition(), String.join(" OR ", exact));
    }

    /**
     * Names and words: the newest matches (in the window, if any) found from the two indexes, then ranked by the
     * better of name similarity and text rank, worked out outside the inner query so only for those.
     */
    static String wordsSql(ContactScope scope, boolean windowed) {
        return """
                WITH matches AS MATERIALIZED (
                    SELECT reference, service_title, received_at, status, reporter_names, search_words
                    FROM contact
                    WHERE %s %s
                      AND (CAST(:words AS text) <%% reporter_names
                           OR search_words @@ websearch_to_tsquery('english', :words)))
                SELECT reference, service_title, received_at, status
                FROM (SELECT * FROM matches ORDER BY received_at DESC LIMIT :candidates) candidates
                ORDER BY greatest(word_similarity(CAST(:words AS text), reporter_names),
                                  ts_rank(search_words, websearch_to_tsquery('english', :words))) DESC,
                         received_at DESC
                LIMIT :limit""".formatted(scope.condition(), windowed ? "AND received_at >= :since" : "");
    }

}
