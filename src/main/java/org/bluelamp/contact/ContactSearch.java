package org.bluelamp.contact;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Finds contacts by reference, email, phone, postcode, vehicle registration, name (trigram word similarity) or
 * words in the account (English full text), narrowed by the member of staff's scope so that a search never shows
 * a contact a menu would not. Each kind is answered from its own index (see V15__contact_search.sql).
 */
@Repository
class ContactSearch {

    /**
     * Names and words are ranked among the most recent matches only: ranking every match of a common word in a
     * million contacts would read them all, and the newest are what staff look for.
     */
    static final int CANDIDATES = 500;

    private static final RowMapper<SearchHit> HIT = (rs, row) -> new SearchHit(rs.getString("reference"),
            rs.getString("service_title"), rs.getTimestamp("received_at").toInstant(), rs.getString("status"));

    private final JdbcClient jdbc;

    ContactSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} contacts the scope allows, exact matches first, then the best names and words. */
    List<SearchHit> find(SearchQuery query, ContactScope scope, int limit) {
        if (query.blank()) {
            return List.of();
        }
        var params = new HashMap<String, Object>();
        params.put("limit", limit);
        params.put("candidates", CANDIDATES);
        query.reference().ifPresent(r -> params.put("reference", r));
        query.email().ifPresent(e -> params.put("email", e));
        query.phone().ifPresent(p -> params.put("phone", p));
        query.postcode().ifPresent(p -> params.put("postcode", p));
        query.vehicle().ifPresent(v -> params.put("vehicle", v));
        if (query.byWords()) {
            params.put("words", query.text());
        }
        return scoped(jdbc.sql(sql(query, scope)), scope).params(params).query(HIT).list();
    }

    /**
     * The statement for a query: only the conditions its kinds need, so each can use its index. The newest
     * matches are found first and only they are ranked (the rank is worked out outside the inner query so that
     * it is computed for those alone).
     */
    static String sql(SearchQuery query, ContactScope scope) {
        var exact = new ArrayList<String>();
        query.reference().ifPresent(r -> exact.add("reference = :reference"));
        query.email().ifPresent(e -> exact.add("emails @> ARRAY[CAST(:email AS text)]"));
        query.phone().ifPresent(p -> exact.add("phones @> ARRAY[CAST(:phone AS text)]"));
        query.postcode().ifPresent(p -> exact.add("postcodes @> ARRAY[CAST(:postcode AS text)]"));
        query.vehicle().ifPresent(v -> exact.add("vehicles @> ARRAY[CAST(:vehicle AS text)]"));
        var any = new ArrayList<>(exact);
        if (query.byWords()) {
            any.add("CAST(:words AS text) <% reporter_names");
            any.add("search_words @@ websearch_to_tsquery('english', :words)");
        }
        String exactMatch = exact.isEmpty() ? "FALSE" : String.join(" OR ", exact);
        String rank = query.byWords() ? """
                greatest(word_similarity(CAST(:words AS text), reporter_names),
                         ts_rank(search_words, websearch_to_tsquery('english', :words))) DESC,""" : "";
        return """
                SELECT reference, service_title, received_at, status
                FROM (SELECT reference, service_title, received_at, status, reporter_names, search_words,
                             %s AS exact
                      FROM contact
                      WHERE %s AND (%s)
                      ORDER BY received_at DESC
                      LIMIT :candidates) candidates
                ORDER BY exact DESC, %s received_at DESC
                LIMIT :limit""".formatted(exactMatch, scope.condition(), String.join(" OR ", any), rank);
    }

    /** Binds the scope's parameters, as its condition names them. */
    static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec sql, ContactScope scope) {
        var spec = sql;
        if (scope.team() != null) {
            spec = spec.param("scopeTeam", scope.team());
        }
        if (scope.username() != null) {
            spec = spec.param("scopeUser", scope.username());
        }
        return spec;
    }
}
