package org.bluelamp.integration.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.integration.ApiCallLimits;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.platform.web.SecurityHeaders;
import org.bluelamp.staff.SealedSecrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.HashMap;

/**
 * The API's doors, each a security chain of its own ahead of the staff and public one: Bluelamp's authorization
 * server at /oauth2 (client credentials only), the API at /api (a token from Bluelamp or the external issuer, or a
 * client certificate; a scope per operation; calls counted per client), and Open311 at /open311 (its api_key is
 * checked by the open311 module). None keeps a session or uses CSRF tokens: no browser is involved.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    private static final String READ = ApiScope.READ_CONTACTS.authority();
    private static final String WRITE = ApiScope.WRITE_RESULTS.authority();

    @Bean
    SigningKeys signingKeys(JdbcClient jdbc, TransactionTemplate transactions, SealedSecrets sealed, Clock clock) {
        return new SigningKeys(jdbc, transactions, sealed, clock);
    }

    @Bean
    RegisteredClients registeredClients(StoredClients clients, ApiProperties properties) {
        return new RegisteredClients(clients, properties);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(ApiProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokens(HttpSecurity http, RegisteredClients clients) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            server.registeredClientRepository(clients).authorizationService(new NoStoredAuthorizations());
            http.securityMatcher(server.getEndpointsMatcher());
        });
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new ApiRefusals()))
                .headers(SecurityHeaders.all())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiProperties properties, StoredClients clients, SigningKeys keys,
                            ApiCallLimits limits, Clock clock) throws Exception {
        var refusals = new ApiRefusals();
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/docs").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/client").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/contacts/**").hasAuthority(READ)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/events/acknowledged").hasAuthority(READ)
                        .requestMatchers("/api/v1/webhook", "/api/v1/webhook/**").hasAuthority(READ)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/contacts/*/crime-number",
                                "/api/v1/contacts/*/officer-in-charge").hasAuthority(WRITE)
                        .requestMatchers(HttpMethod.POST, "/api/v1/contacts/*/results").hasAuthority(WRITE)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(bearerTokens(properties, clients, keys))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .addFilterBefore(new ClientCertificates(clients, properties.clientCertificateHeader(), clock),
                        BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new CallLimits(limits, clock), BearerTokenAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.all())
                .build();
    }

    /** Open311: public by the spec; a POST's api_key is checked by the open311 module with the client's scopes. */
    @Bean
    @Order(3)
    SecurityFilterChain open311(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/open311/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.all())
                .build();
    }

    /** Bluelamp's own tokens, checked with its keys; and the external issuer's, if one is configured. */
    private static AuthenticationManagerResolver<HttpServletRequest> bearerTokens(ApiProperties properties,
                                                                                  StoredClients clients,
                                                                                  SigningKeys keys) {
        var managers = new HashMap<String, AuthenticationManager>();
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
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    private static AuthenticationManager manager(org.springframework.security.oauth2.jwt.JwtDecoder decoder,
                                                 TokenClients clients) {
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(clients);
        return provider::authenticate;
    }
}
