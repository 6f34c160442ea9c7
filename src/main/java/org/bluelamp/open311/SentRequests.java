package org.bluelamp.open311;

import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The service requests each client sent (V57's {@code open311_request}): a client only ever sees its own. */
@Repository
class SentRequests {

    private final JdbcClient jdbc;

    SentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Sent(UUID reportId, Reference reference, String serviceCode, Instant requestedAt) {
    }

    void add(UUID clientId, Sent sent) {
        jdbc.sql("""
                        INSERT INTO open311_request (report_id, reference, client_id, service_code, requested_at)
                        VALUES (:report, :reference, :client, :service, :at)""")
                .param("report", sent.reportId()).param("reference", sent.reference().value())
                .param("client", clientId).param("service", sent.serviceCode())
                .param("at", Timestamp.from(sent.requestedAt())).update();
    }

    /** The client's requests with these references, newest first. */
    List<Sent> byReference(UUID clientId, List<Reference> references) {
        return jdbc.sql("""
                        SELECT report_id, reference, service_code, requested_at FROM open311_request
                        WHERE client_id = :client AND reference = ANY(:references)
                        ORDER BY requested_at DESC, reference""")
                .param("client", clientId)
                .param("references", references.stream().map(Reference::value).toArray(String[]::new))
                .query(SentRequests::row).list();
    }

    /**
     * The client's requests made from {@code start} to {@code end} (both included), of any of these services (all
     * when none), newest first, at most {@code limit}.
     */
    List<Sent> between(UUID clientId, Instant start, Instant end, List<String> serviceCodes, int limit) {
        return jdbc.sql("""
                        SELECT report_id, reference, service_code, requested_at FROM open311_request
                        WHERE client_id = :client AND requested_at BETWEEN :start AND :end
                          AND (cardinality(CAST(:services AS TEXT[])) = 0 OR service_code = ANY(:services))
                        ORDER BY requested_at DESC, reference LIMIT :limit""")
                .param("client", clientId).param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("services", serviceCodes.toArray(String[]::new)).param("limit", limit)
                .query(SentRequests::row).list();
    }

    private static Sent row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Sent(rs.getObject("report_id", UUID.class), Reference.stored(rs.getString("reference")),
                rs.getString("service_code"), rs.getTimestamp("requested_at").toInstant());
    }
}
