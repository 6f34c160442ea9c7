package org.bluelamp.contact;

import org.bluelamp.reporting.ReportParticulars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

/**
 * What a contact is searched and linked by: the names, emails, phones, postcodes and vehicle registrations its
 * report gave (already in their search forms) and the words of its account. Writing them again writes the same,
 * so an event delivered twice does no harm.
 */
@Repository
class ContactParticulars {

    private static final String SET = """
            UPDATE contact SET reporter_names = :names, emails = :emails, phones = :phones, postcodes = :postcodes,
                               vehicles = :vehicles, search_words = to_tsvector('english', :account)
            """;

    private final JdbcClient jdbc;
    ContactParticulars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets a contact's particulars, for a contact from any channel. */
    void save(UUID contactId, ReportParticulars particulars) {
        bind(jdbc.sql(SET + "WHERE id = :key"), particulars).param("key", contactId).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ReportParticulars particulars) {
        return sql.param("names", String.join("\n", particulars.names()))
                .param("emails", array(particulars.emails())).param("phones", array(particulars.phones()))
                .param("postcodes", array(particulars.postcodes()))
                .param("vehicles", array(particulars.vehicleRegistrations()))
                .param("account", particulars.account() == null ? "" : particulars.account());
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
