package org.bluelamp.integration.auth;

import org.bluelamp.integration.ApiScope;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a checked token into the client it was issued to, looked up on every call so a client disabled or changed
 * since the token was issued gets no further, and its scopes cut to what the client is granted now. A token whose
 * request named no scopes may do everything the client is granted.
 */
final class TokenClients implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Function<Jwt, Optional<StoredClients.StoredClient>> client;

    private TokenClients(Function<Jwt, Optional<StoredClients.StoredClient>> client) {
        this.client = client;
    }

    /** Bluelamp's own tokens: the subject is the client's id. */
    static TokenClients own(StoredClients clients) {
        return new TokenClients(jwt -> clients.byClientId(jwt.getSubject()));
    }

    /** Another issuer's tokens: the claim it names the client by, registered by admins as the issuer's subject. */
    static TokenClients external(StoredClients clients, String clientClaim) {
        return new TokenClients(jwt -> clients.byIssuerSubject(jwt.getClaimAsString(clientClaim)));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var found = client.apply(jwt).orElseThrow(() -> new DisabledException("No usable client for this token"));
        // A token asked for without naming scopes has none in it: it may do what the client was granted.
        boolean named = jwt.hasClaim("scope") || jwt.hasClaim("scp");
        return new ApiAuthentication(found.asking(named ? scopes(jwt) : found.granted()));
    }

    private static Set<ApiScope> scopes(Jwt jwt) {
        var claim = jwt.getClaims().get("scope");
        var names = claim instanceof String text ? Arrays.asList(text.split(" "))
                : jwt.getClaimAsStringList("scope") != null ? jwt.getClaimAsStringList("scope")
                : jwt.getClaimAsStringList("scp") != null ? jwt.getClaimAsStringList("scp") : java.util.List.<String>of();
        return names.stream().map(ApiScope::fromCode).flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
