package org.bluelamp.integration.clients;

import org.bluelamp.integration.ApiScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The api_client rows admins manage. Each change is one conditional update, so two admins at once cannot race it. */
@Repository
class ClientRecords {

    private static final String COLUMNS = """
            id, client_id, name, scopes, requests_per_minute, created_at, created_by, approved_at, approved_by,
            disabled_at, disabled_by, secret_set_at, api_key_set_at, certificate_thumbprint, certificate_set_at,
            issuer_subject, issuer_subject_set_at""";

    private final JdbcClient jdbc;

    ClientRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<RegisteredClient> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_client ORDER BY created_at DESC, client_id")
                .query(ClientRecords::client).list();
    }

    Optional<RegisteredClient> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_client WHERE id = :id").param("id", id)
                .query(ClientRecords::client).optional();
    }

    /** False if the client id is taken already. */
    boolean insert(UUID id, String clientId, ClientForm form, String admin, Instant now) {
        return jdbc.sql("""
                        INSERT INTO api_client (id, client_id, name, scopes, requests_per_minute, created_at, created_by)
                        VALUES (:id, :clientId, :name, :scopes, :perMinute, :now, :admin)
                        ON CONFLICT (client_id) DO NOTHING""")
                .param("id", id).param("clientId", clientId).param("name", form.name())
                .param("scopes", form.scopes().stream().map(ApiScope::code).toArray(String[]::new))
                .param("perMinute", form.requestsPerMinute()).param("now", Timestamp.from(now))
                .param("admin", admin).update() == 1;
    }

    /** Approves a waiting client, unless the admin registered it (the table refuses that too). */
    boolean approve(UUID id, String admin, Instant now) {
        return jdbc.sql("""
                        UPDATE api_client SET approved_at = :now, approved_by = :admin
                        WHERE id = :id AND approved_at IS NULL AND disabled_at IS NULL AND created_by <> :admin""")
                .param("id", id).param("admin", admin).param("now", Timestamp.from(now)).update() == 1;
    }

    boolean disable(UUID id, String admin, Instant now) {
        return jdbc.sql("""
                        UPDATE api_client SET disabled_at = :now, disabled_by = :admin
                        WHERE id = :id AND disabled_at IS NULL""")
                .param("id", id).param("admin", admin).param("now", Timestamp.from(now)).update() == 1;
    }

    boolean setSecretHash(UUID id, String hash, Instant now) {
        return usable(jdbc.sql("UPDATE api_client SET secret_hash = :hash, secret_set_at = :now " + USABLE)
                .param("hash", hash), id, now);
    }

    boolean setApiKeyHash(UUID id, byte[] hash, Instant now) {
        return usable(jdbc.sql("UPDATE api_client SET api_key_hash = :hash, api_key_set_at = :now " + USABLE)
                .param("hash", hash), id, now);
    }

    boolean setCertificateThumbprint(UUID id, String thumbprint, Instant now) {
        return usable(jdbc.sql("""
                        UPDATE api_client SET certificate_thumbprint = :value, certificate_set_at = :now""" + " "
                        + USABLE).param("value", thumbprint), id, now);
    }

    boolean setIssuerSubject(UUID id, String subject, Instant now) {
        return usable(jdbc.sql("""
                        UPDATE api_client SET issuer_subject = :value, issuer_subject_set_at = :now""" + " "
                        + USABLE).param("value", subject), id, now);
    }

    /** Whether another client has this certificate already (a certificate names one client). */
    boolean certificateTakenByAnother(UUID id, String thumbprint) {
        return jdbc.sql("SELECT count(*) > 0 FROM api_client WHERE certificate_thumbprint = :t AND id <> :id")
                .param("t", thumbprint).param("id", id).query(Boolean.class).single();
    }

    boolean subjectTakenByAnother(UUID id, String subject) {
        return jdbc.sql("SELECT count(*) > 0 FROM api_client WHERE issuer_subject = :s AND id <> :id")
                .param("s", subject).param("id", id).query(Boolean.class).single();
    }

    private static final String USABLE = "WHERE id = :id AND approved_at IS NOT NULL AND disabled_at IS NULL";

    private static boolean usable(JdbcClient.StatementSpec update, UUID id, Instant now) {
        return update.param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    private static RegisteredClient client(ResultSet rs, int row) throws SQLException {
        var scopes = Arrays.stream((String[]) rs.getArray("scopes").getArray()).map(ApiScope::fromCode)
                .flatMap(Optional::stream).sorted().toList();
        return new RegisteredClient(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("name"),
                scopes, rs.getInt("requests_per_minute"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "approved_at"), rs.getString("approved_by"), instant(rs, "disabled_at"),
                rs.getString("disabled_by"), instant(rs, "secret_set_at"), instant(rs, "api_key_set_at"),
                rs.getString("certificate_thumbprint"), instant(rs, "certificate_set_at"),
                rs.getString("issuer_subject"), instant(rs, "issuer_subject_set_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
