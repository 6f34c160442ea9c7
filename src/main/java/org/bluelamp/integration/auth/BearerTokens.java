package org.bluelamp.integration.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

import java.util.HashMap;
import java.util.Map;

/**
 * Which tokens the API accepts, by the issuer they name: Bluelamp's own, checked with its keys; and the external
 * issuer's, if one is configured, checked with the keys its metadata points to. Any other issuer is refused.
 */
final class BearerTokens implements AuthenticationManagerResolver<HttpServletRequest> {

    private final JwtIssuerAuthenticationManagerResolver byIssuer;

    BearerTokens(ApiProperties properties, StoredClients clients, SigningKeys keys) {
        Map<String, AuthenticationManager> managers = new HashMap<>();
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // Spring's validators below check the time and issuer claims.
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        var own = new NimbusJwtDecoder(processor);
        own.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer().toString()));
        managers.put(properties.issuer().toString(), manager(own, TokenClients.own(clients)));
        var external = properties.external();
        if (external.configured()) {
            String issuer = external.issuerUri().toString();
            // Its keys are found when its first token comes, so Bluelamp starts even while the issuer is down.
            var decoder = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
            managers.put(issuer, manager(decoder, TokenClients.external(clients, external.clientClaim())));
        }
        this.byIssuer = new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        return byIssuer.resolve(request);
    }

    private static AuthenticationManager manager(JwtDecoder decoder, TokenClients clients) {
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(clients);
        return provider::authenticate;
    }
}
