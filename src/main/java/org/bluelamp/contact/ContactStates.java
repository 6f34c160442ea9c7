package org.bluelamp.contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where many contacts stand, by the reports that opened them, in one query: for a system told only whether what it
 * sent is open or finished and when it last changed (Open311's status of a request). Nothing else about the contact.
 */
@Service
public class ContactStates {

    /** The most asked at once. */
    public static final int MOST = 1000;

    private final JdbcClient jdbc;

    ContactStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param finished  filed or closed
     * @param updatedAt when its timeline last changed, or when it was received
     */
    public record State(UUID reportId, ContactStatus status, boolean finished, Instant updatedAt) {
    }

    /** The state of each report's contact; a report whose contact is not open yet (or is gone) is left out. */
    @Transactional(readOnly = true)
    public Map<UUID, State> of(Collection<UUID> reportIds) {
        if (reportIds.size() > MOST) {
            throw new IllegalArgumentException("At most " + MOST + " reports at once");
        }
        var states = new HashMap<UUID, State>();
        if (reportIds.isEmpty()) {
            return states;
        }
        jdbc.sql("""
                        SELECT c.report_id, c.status,
                               greatest(c.received_at, (SELECT max(t.at) FROM contact_timeline t
                                                        WHERE t.contact_id = c.id)) AS updated_at
                        FROM contact c WHERE c.report_id = ANY(:ids)""")
                .param("ids", reportIds.toArray(UUID[]::new))
                .query((rs, row) -> {
                    var status = ContactStatus.fromCode(rs.getString("status")).orElseThrow();
                    return new State(rs.getObject("report_id", UUID.class), status, status.finished(),
                            rs.getTimestamp("updated_at").toInstant());
                })
                .list().forEach(state -> states.put(state.reportId(), state));
        return states;
    }
}
