package org.bluelamp.integration;

import org.bluelamp.platform.KeyedHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Open311's api_key: a client registered by admins may be given one (shown once), kept only as a keyed hash. A key
 * opens nothing unless its client is approved and not disabled.
 */
@Service
public class ApiKeys {

    /** The keyed hash's purpose, so a key's hash says nothing about any other value's. */
    public static final String PURPOSE = "api key";

    private final JdbcClient jdbc;
    private final KeyedHash hash;

    ApiKeys(JdbcClient jdbc, KeyedHash hash) {
        this.jdbc = jdbc;
        this.hash = hash;
    }

    /** The client holding this key, with every scope it was granted; empty for an unknown or unusable key. */
    public Optional<ApiClient> client(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT id, client_id, name, scopes FROM api_client
                        WHERE api_key_hash = :hash AND approved_at IS NOT NULL AND disabled_at IS NULL""")
                .param("hash", hash.of(PURPOSE, apiKey))
                .query((rs, row) -> new ApiClient(rs.getObject("id", UUID.class), rs.getString("client_id"),
                        rs.getString("name"), Arrays.stream((String[]) rs.getArray("scopes").getArray())
                        .map(ApiScope::fromCode).flatMap(Optional::stream).collect(Collectors.toSet())))
                .optional();
    }
}
