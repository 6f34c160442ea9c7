package org.bluelamp.integration.auth;

import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiScope;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request made by a registered client: the client is the principal, its scopes the authorities. */
final class ApiAuthentication extends AbstractAuthenticationToken {

    private final ApiClient client;

    ApiAuthentication(ApiClient client) {
        super(client.scopes().stream().map(ApiScope::authority).map(SimpleGrantedAuthority::new).toList());
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    @Override
    public Object getCredentials() {
        return "";
    }
}
