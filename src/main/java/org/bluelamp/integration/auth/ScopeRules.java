package org.bluelamp.integration.auth;

import org.bluelamp.integration.ApiScope;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.util.AntPathMatcher;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scope each of the API's operations needs, by method and path: the one list the security chain enforces
 * ({@link ApiSecurityConfiguration}) and the API's document shows (integration.docs). An operation with none needs
 * only a client (/api/v1/client); anything not listed is refused.
 */
public final class ScopeRules {

    private record Rule(Set<String> methods, String pattern, ApiScope scope) {
    }

    private static final Set<String> ANY = Set.of();
    private static final AntPathMatcher PATHS = new AntPathMatcher();
    // Writing back is matched first: its addresses are under /contacts, which reading otherwise has.
    private static final List<Rule> RULES = List.of(
            new Rule(Set.of("PUT"), "/api/v1/contacts/*/crime-number", ApiScope.WRITE_RESULTS),
            new Rule(Set.of("PUT"), "/api/v1/contacts/*/officer-in-charge", ApiScope.WRITE_RESULTS),
            new Rule(Set.of("POST"), "/api/v1/contacts/*/results", ApiScope.WRITE_RESULTS),
            new Rule(Set.of("GET"), "/api/v1/events", ApiScope.READ_CONTACTS),
            new Rule(Set.of("PUT"), "/api/v1/events/acknowledged", ApiScope.READ_CONTACTS),
            new Rule(Set.of("GET"), "/api/v1/contacts/**", ApiScope.READ_CONTACTS),
            new Rule(ANY, "/api/v1/webhook", ApiScope.READ_CONTACTS),
            new Rule(ANY, "/api/v1/webhook/**", ApiScope.READ_CONTACTS));

    private ScopeRules() {
    }

    /** Each rule as the chain's authorisation: a token with the scope, for the method (or any) and the path. */
    static void enforce(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        for (var rule : RULES) {
            if (rule.methods().isEmpty()) {
                requests.requestMatchers(rule.pattern()).hasAuthority(rule.scope().authority());
            } else {
                rule.methods().forEach(method -> requests.requestMatchers(HttpMethod.valueOf(method), rule.pattern())
                        .hasAuthority(rule.scope().authority()));
            }
        }
    }

    /** The scope a call needs, by its method and path (as the document writes it, {reference} and all). */
    public static Optional<ApiScope> scopeFor(String method, String path) {
        return RULES.stream()
                .filter(rule -> rule.methods().isEmpty() || rule.methods().contains(method.toUpperCase()))
                .filter(rule -> PATHS.match(rule.pattern(), path)).map(Rule::scope).findFirst();
    }
}
