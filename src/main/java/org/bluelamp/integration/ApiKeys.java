package org.bluelamp.integration;

import org.bluelamp.integration.auth.StoredClients;
import org.bluelamp.platform.KeyedHash;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Open311's api_key: a client registered by admins may be given one (shown once), kept only as a keyed hash. A key
 * opens nothing unless its client is approved and not disabled.
 */
@Service
public class ApiKeys {

    /** The keyed hash's purpose, so a key's hash says nothing about any other value's. */
    public static final String PURPOSE = "api key";

    private final StoredClients clients;
    private final KeyedHash hash;

    ApiKeys(StoredClients clients, KeyedHash hash) {
        this.clients = clients;
        this.hash = hash;
    }

    /** The client holding this key, with every scope it was granted; empty for an unknown or unusable key. */
    public Optional<ApiClient> client(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return clients.byApiKeyHash(hash.of(PURPOSE, apiKey)).map(client -> client.asking(client.granted()));
    }
}
