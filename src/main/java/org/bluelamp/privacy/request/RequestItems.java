package org.bluelamp.privacy.request;

import org.bluelamp.platform.personaldata.HeldRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a request's searches found, each as a snapshot of the record when found, and which of it is in scope. A new
 * search replaces what was found but not chosen; what is in scope stays as it was when chosen, so the answer is
 * stable while the team works on it.
 */
@Repository
class RequestItems {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    RequestItems(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void replaceFound(UUID requestId, List<HeldRecord> found) {
        jdbc.sql("DELETE FROM subject_access_item WHERE request_id = :id AND NOT in_scope").param("id", requestId).update();
        var now = Timestamp.from(clock.instant());
        for (HeldRecord held : found) {
            jdbc.sql("""
                            INSERT INTO subject_access_item (request_id, kind, record_id, reference, held, found_at)
                            VALUES (:request, :kind, :id, :reference, CAST(:held AS JSONB), :now)
                            ON CONFLICT (request_id, kind, record_id) DO NOTHING""")
                    .param("request", requestId).param("kind", held.kind()).param("id", held.id())
                    .param("reference", held.reference()).param("held", json.writeValueAsString(held))
                    .param("now", now).update();
        }
    }

    /** Everything found, in scope first, then by kind and time. */
    List<FoundRecord> all(UUID requestId) {
        return jdbc.sql("""
                        SELECT held, in_scope FROM subject_access_item WHERE request_id = :id
                        ORDER BY in_scope DESC, kind, held->>'at', record_id""")
                .param("id", requestId)
                .query((rs, row) -> new FoundRecord(json.readValue(rs.getString("held"), HeldRecord.class),
                        rs.getBoolean("in_scope")))
                .list();
    }

    List<HeldRecord> inScope(UUID requestId) {
        return all(requestId).stream().filter(FoundRecord::inScope).map(FoundRecord::held).toList();
    }

    /** Puts exactly the chosen records (by {@link FoundRecord#key()}) in scope; returns how many are. */
    int choose(UUID requestId, Set<String> keys) {
        jdbc.sql("UPDATE subject_access_item SET in_scope = FALSE WHERE request_id = :id").param("id", requestId).update();
        int chosen = 0;
        for (String key : keys) {
            int bar = key.indexOf('|');
            if (bar > 0) {
                chosen += jdbc.sql("""
                                UPDATE subject_access_item SET in_scope = TRUE
                                WHERE request_id = :id AND kind = :kind AND record_id = :record""")
                        .param("id", requestId).param("kind", key.substring(0, bar))
                        .param("record", key.substring(bar + 1)).update();
            }
        }
        return chosen;
    }
}
