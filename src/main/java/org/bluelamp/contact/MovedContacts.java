package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Optional;

/**
 * Contacts allocated away from someone who worked on them. Only someone in a contact's history (who looked at it or
 * did something to it while it was theirs to see) is told where it went: anyone else gets the same "not found" as
 * for a reference that does not exist, so a typed reference tells a stranger nothing.
 */
@Repository
class MovedContacts {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MovedContacts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Where the contact went, if it is allocated and this member of staff is in its history. */
    Optional<MovedAway> whereItWent(Reference reference, String username) {
        return jdbc.sql("""
                        SELECT c.reference, c.service_title, c.allocated_team, c.allocated_to, a.at, a.actor, a.details
                        FROM contact c
                        LEFT JOIN LATERAL (SELECT t.at, t.actor, t.details FROM contact_timeline t
                                           WHERE t.contact_id = c.id AND t.kind = 'allocated'
                                           ORDER BY t.id DESC LIMIT 1) a ON TRUE
                        WHERE c.reference = :reference AND c.allocated_team IS NOT NULL
                          AND EXISTS (SELECT 1 FROM contact_timeline h WHERE h.contact_id = c.id AND h.actor = :me)""")
                .param("reference", reference.value()).param("me", username)
                .query((rs, row) -> {
                    var details = rs.getString("details") == null ? Map.<String, String>of()
                            : json.readValue(rs.getString("details"), DETAILS);
                    String officer = rs.getString("allocated_to") == null ? null
                            : details.getOrDefault("officer", rs.getString("allocated_to"));
                    return new MovedAway(Reference.stored(rs.getString("reference")), rs.getString("service_title"),
                            rs.getString("allocated_team"), officer,
                            rs.getTimestamp("at") == null ? null : rs.getTimestamp("at").toInstant(),
                            rs.getString("actor"));
                })
                .optional();
    }
}
