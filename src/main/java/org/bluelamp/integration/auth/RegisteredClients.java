package org.bluelamp.integration.auth;

import org.bluelamp.integration.ApiScope;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.util.UUID;

/**
 * The authorization server's view of the clients admins registered: client credentials only, with the secret's
 * hash as stored, the scopes granted, and short self-contained tokens. Clients are registered on the admin screens,
 * never through the authorization server, so saving is refused.
 */
class RegisteredClients implements RegisteredClientRepository {

    private final StoredClients clients;
    private final ApiProperties properties;

    RegisteredClients(StoredClients clients, ApiProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("API clients are registered by admins at /staff/api-clients");
    }

    @Override
    public RegisteredClient findById(String id) {
        try {
            return clients.byId(UUID.fromString(id)).map(this::registered).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return clients.byClientId(clientId).map(this::registered).orElse(null);
    }

    private RegisteredClient registered(StoredClients.StoredClient client) {
        if (client.secretHash() == null) {
            return null;
        }
        return RegisteredClient.withId(client.id().toString())
                .clientId(client.clientId())
                .clientName(client.name())
                .clientSecret(client.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> client.granted().stream().map(ApiScope::code).forEach(scopes::add))
                .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.tokenLifetime()).build())
                .build();
    }
}
