package org.bluelamp.integration;

import org.bluelamp.platform.personaldata.Accessor;

import java.util.Set;
import java.util.UUID;

/**
 * A registered client of the API, as a request made by it is authenticated: controllers take it as a parameter.
 *
 * @param clientId what the client calls itself in a token request, e.g. {@code rms-7k3m9q}
 * @param scopes   what this request may do: the token's scopes, within what the client was granted
 */
public record ApiClient(UUID id, String clientId, String name, Set<ApiScope> scopes) {

    /** The role an API client has in the access log, beside staff's roles. */
    public static final String ACCESS_LOG_ROLE = "API_CLIENT";

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }

    /** Who read, in the access log: "api:" and the client's id, so a client's reads are never taken for staff's. */
    public Accessor accessor() {
        return new Accessor("api:" + clientId, ACCESS_LOG_ROLE);
    }
}
