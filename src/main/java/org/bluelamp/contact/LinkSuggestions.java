package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Contacts that may be related to or duplicate one another: received within {@link #WINDOW} of each other and
 * sharing a vehicle registration, postcode, phone number or email. Suggestions only; a person decides. Those
 * already linked and those outside the member of staff's scope are left out.
 */
@Repository
public class LinkSuggestions {

    static final Duration WINDOW = Duration.ofDays(7);
    private static final int MOST = 20;

    private static final List<String> REASONS = List.of("vehicle-registration", "postcode", "phone", "email");

    private final JdbcClient jdbc;

    LinkSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a contact is linked by, read first so the suggestions are planned for its own values. */
    private record Particulars(Timestamp receivedAt, String[] vehicles, String[] postcodes, String[] phones,
                               String[] emails) {
    }

    /** The suggested links for a contact, the newest first; none if the contact does not exist. */
    @Transactional(readOnly = true)
    public List<SuggestedLink> forContact(UUID contactId, ContactScope scope) {
        ContactSearch.planForTheseTerms(jdbc);
        var mine = jdbc.sql("SELECT received_at, vehicles, postcodes, phones, emails FROM contact WHERE id = :id")
                .param("id", contactId)
                .query((rs, row) -> new Particulars(rs.getTimestamp("received_at"), texts(rs.getArray("vehicles")),
                        texts(rs.getArray("postcodes")), texts(rs.getArray("phones")), texts(rs.getArray("emails"))))
                .optional();
        if (mine.isEmpty()) {
            return List.of();
        }
        var me = mine.get();
        // the matches behind a fence, then ordered: see ContactSearch on why
        var sql = """
                WITH matches AS MATERIALIZED (
                SELECT reference, service_title, received_at, status,
                       vehicles && CAST(:vehicles AS text[]) AS same_vehicle,
                       postcodes && CAST(:postcodes AS text[]) AS same_postcode,
                       phones && CAST(:phones AS text[]) AS same_phone,
                       emails && CAST(:emails AS text[]) AS same_email
                FROM contact
                WHERE id <> :id
                  AND received_at BETWEEN CAST(:at AS timestamptz) - CAST(:window AS interval)
                                      AND CAST(:at AS timestamptz) + CAST(:window AS interval)
                  AND (vehicles && CAST(:vehicles AS text[]) OR postcodes && CAST(:postcodes AS text[])
                       OR phones && CAST(:phones AS text[]) OR emails && CAST(:emails AS text[]))
                  AND NOT EXISTS (SELECT 1 FROM contact_link
                                  WHERE (contact_link.contact_id = :id AND contact_link.linked_id = contact.id)
                                     OR (contact_link.contact_id = contact.id AND contact_link.linked_id = :id))
                  AND %s)
                SELECT * FROM matches
                ORDER BY received_at DESC
                LIMIT :most""".formatted(scope.condition());
        return scope.bind(jdbc.sql(sql)).param("id", contactId).param("at", me.receivedAt())
                .param("window", WINDOW.toDays() + " days").param("vehicles", me.vehicles())
                .param("postcodes", me.postcodes()).param("phones", me.phones()).param("emails", me.emails())
                .param("most", MOST)
                .query((rs, row) -> {
                    var reasons = new ArrayList<String>();
                    boolean[] shared = {rs.getBoolean("same_vehicle"), rs.getBoolean("same_postcode"),
                            rs.getBoolean("same_phone"), rs.getBoolean("same_email")};
                    for (int i = 0; i < shared.length; i++) {
                        if (shared[i]) {
                            reasons.add(REASONS.get(i));
                        }
                    }
                    return new SuggestedLink(Reference.stored(rs.getString("reference")), rs.getString("service_title"),
                            rs.getTimestamp("received_at").toInstant(), rs.getString("status"), reasons);
                }).list();
    }

    private static String[] texts(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
