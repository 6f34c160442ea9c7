package org.bluelamp.integration.auth;

import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The registered clients, as authentication finds them: only approved clients that are not disabled. */
@Repository
public class StoredClients {

    /**
     * A usable client and what it was granted.
     *
     * @param secretHash the client secret's hash as the password encoder keeps it; null if none was made
     */
    public record StoredClient(UUID id, String clientId, String name, Set<ApiScope> granted, String secretHash) {

        /** The client for a request that asked for these scopes: never more than were granted. */
        public ApiClient asking(Set<ApiScope> asked) {
            var scopes = EnumSet.noneOf(ApiScope.class);
            scopes.addAll(asked);
            scopes.retainAll(granted);
            return new ApiClient(id, clientId, name, scopes);
        }
    }

    private static final String USABLE = " AND approved_at IS NOT NULL AND disabled_at IS NULL";

    private final JdbcClient jdbc;

    StoredClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredClient> byClientId(String clientId) {
        return find("client_id", clientId);
    }

    Optional<StoredClient> byId(UUID id) {
        return jdbc.sql("SELECT * FROM api_client WHERE id = :value" + USABLE).param("value", id)
                .query(StoredClients::client).optional();
    }

    /** The client holding an Open311 api_key, found by the key's keyed hash. */
    public Optional<StoredClient> byApiKeyHash(byte[] hash) {
        return jdbc.sql("SELECT * FROM api_client WHERE api_key_hash = :value" + USABLE).param("value", hash)
                .query(StoredClients::client).optional();
    }

    Optional<StoredClient> byCertificateThumbprint(String thumbprint) {
        return find("certificate_thumbprint", thumbprint);
    }

    Optional<StoredClient> byIssuerSubject(String subject) {
        return find("issuer_subject", subject);
    }

    private Optional<StoredClient> find(String column, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM api_client WHERE " + column + " = :value" + USABLE).param("value", value)
                .query(StoredClients::client).optional();
    }

    private static StoredClient client(ResultSet rs, int row) throws SQLException {
        var granted = EnumSet.noneOf(ApiScope.class);
        Arrays.stream((String[]) rs.getArray("scopes").getArray()).map(ApiScope::fromCode)
                .flatMap(Optional::stream).forEach(granted::add);
        return new StoredClient(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("name"),
                granted, rs.getString("secret_hash"));
    }
}
