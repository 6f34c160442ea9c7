package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The contact's columns the records system writes (V55), apart from {@link Contacts} so that its row stays as it was. */
@Repository
class RecordsSystemColumns {

    private static final String COLUMNS = """
            id, report_id, crime_number, crime_number_at, officer_in_charge, officer_collar_number, officer_named_at,
            result_outcome, result_description, result_at""";

    /** A contact locked for a write, with what the records system told it before. */
    record Locked(UUID id, Reference reference, UUID reportId, RecordsSystemDetails details) {
    }

    private final JdbcClient jdbc;

    RecordsSystemColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The contact, locked until the caller's transaction ends, so that the same value sent twice at once is written
     * once; whoever asks, as the records system may write to any contact.
     */
    Optional<Locked> lock(Reference reference) {
        return jdbc.sql("SELECT reference, " + COLUMNS + " FROM contact WHERE reference = :reference FOR UPDATE")
                .param("reference", reference.value())
                .query((rs, row) -> new Locked(rs.getObject("id", UUID.class), Reference.stored(rs.getString("reference")),
                        rs.getObject("report_id", UUID.class), details(rs)))
                .optional();
    }

    Optional<UUID> idOf(Reference reference) {
        return jdbc.sql("SELECT id FROM contact WHERE reference = :reference").param("reference", reference.value())
                .query(UUID.class).optional();
    }

    RecordsSystemDetails of(UUID contactId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE id = :id").param("id", contactId)
                .query((rs, row) -> details(rs)).optional().orElse(RecordsSystemDetails.NONE);
    }

    void crimeNumber(UUID id, CrimeNumber number, Instant at) {
        jdbc.sql("""
                        UPDATE contact SET crime_number = :number, crime_number_at = :at, last_activity_at = :at
                        WHERE id = :id""")
                .param("number", number.value()).param("at", Timestamp.from(at)).param("id", id).update();
    }

    void officerInCharge(UUID id, OfficerInCharge officer, Instant at) {
        jdbc.sql("""
                        UPDATE contact SET officer_in_charge = :name, officer_collar_number = :collar,
                                           officer_named_at = :at, last_activity_at = :at
                        WHERE id = :id""")
                .param("name", officer.name()).param("collar", officer.collarNumber()).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    void result(UUID id, InvestigationResult result, Instant at) {
        jdbc.sql("""
                        UPDATE contact SET result_outcome = :outcome, result_description = :description,
                                           result_at = :at, last_activity_at = :at
                        WHERE id = :id""")
                .param("outcome", result.outcome().code()).param("description", result.description())
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static RecordsSystemDetails details(ResultSet rs) throws SQLException {
        String number = rs.getString("crime_number");
        String officer = rs.getString("officer_in_charge");
        String outcome = rs.getString("result_outcome");
        return new RecordsSystemDetails(number == null ? null : new CrimeNumber(number), instant(rs, "crime_number_at"),
                officer == null ? null : new OfficerInCharge(officer, rs.getString("officer_collar_number")),
                instant(rs, "officer_named_at"),
                outcome == null ? null : new InvestigationResult(ResultOutcome.stored(outcome),
                        rs.getString("result_description")), instant(rs, "result_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
