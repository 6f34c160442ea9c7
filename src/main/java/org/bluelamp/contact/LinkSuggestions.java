package org.bluelamp.contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    /** The suggested links for a contact, the newest first; none if the contact does not exist. */
    public List<SuggestedLink> forContact(UUID contactId, ContactScope scope) {
        var sql = """
                WITH me (me_id, me_at, me_vehicles, me_postcodes, me_phones, me_emails) AS (
                    SELECT id, received_at, vehicles, postcodes, phones, emails FROM contact WHERE id = :id)
                SELECT reference, service_title, received_at, status,
                       vehicles && me_vehicles AS same_vehicle, postcodes && me_postcodes AS same_postcode,
                       phones && me_phones AS same_phone, emails && me_emails AS same_email
                FROM contact, me
                WHERE contact.id <> me_id
                  AND received_at BETWEEN me_at - CAST(:window AS interval) AND me_at + CAST(:window AS interval)
                  AND (vehicles && me_vehicles OR postcodes && me_postcodes OR phones && me_phones
                       OR emails && me_emails)
                  AND NOT EXISTS (SELECT 1 FROM contact_link
                                  WHERE (contact_link.contact_id = me_id AND contact_link.linked_id = contact.id)
                                     OR (contact_link.contact_id = contact.id AND contact_link.linked_id = me_id))
                  AND %s
                ORDER BY received_at DESC
                LIMIT :most""".formatted(scope.condition());
        return ContactSearch.scoped(jdbc.sql(sql), scope).param("id", contactId)
                .param("window", WINDOW.toDays() + " days").param("most", MOST)
                .query((rs, row) -> {
                    var reasons = new ArrayList<String>();
                    boolean[] shared = {rs.getBoolean("same_vehicle"), rs.getBoolean("same_postcode"),
                            rs.getBoolean("same_phone"), rs.getBoolean("same_email")};
                    for (int i = 0; i < shared.length; i++) {
                        if (shared[i]) {
                            reasons.add(REASONS.get(i));
                        }
                    }
                    return new SuggestedLink(rs.getString("reference"), rs.getString("service_title"),
                            rs.getTimestamp("received_at").toInstant(), rs.getString("status"), reasons);
                }).list();
    }
}
