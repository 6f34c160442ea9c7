package org.bluelamp.integration.auth;

import org.bluelamp.integration.ApiCallLimits;
import org.bluelamp.platform.limits.RateLimits;
import org.bluelamp.platform.web.SecurityHeaders;
import org.bluelamp.staff.SealedSecrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The API's doors, each a security chain of its own ahead of the staff and public one: Bluelamp's authorization
 * server at /oauth2 (client credentials only), the API at /api (a token from Bluelamp or the external issuer, or a
 * client certificate; a scope per operation; calls counted per client), and Open311 at /open311 (its api_key is
 * checked by the open311 module). None keeps a session or uses CSRF tokens: no browser is involved.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

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
    SecurityFilterChain tokens(HttpSecurity http, RegisteredClients clients, RateLimits limits, Clock clock)
            throws Exception {
        http.oauth2AuthorizationServer(server -> {
            server.registeredClientRepository(clients).authorizationService(new NoStoredAuthorizations());
            http.securityMatcher(server.getEndpointsMatcher());
        });
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new ApiRefusals()))
                .addFilterBefore(new TokenRequestLimits(limits, clock), WebAsyncManagerIntegrationFilter.class)
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
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/docs").permitAll()
                            .requestMatchers(HttpMethod.GET, "/api/v1/client").authenticated();
                    ScopeRules.enforce(requests);
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(new BearerTokens(properties, clients, keys))
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
}
