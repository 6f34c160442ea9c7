package org.bluelamp.integration.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.auth.ScopeRules;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The force's API described as OpenAPI 3.1 (springdoc, at /api/v1/openapi.json; see application.yml): who it is
 * for, how a client authenticates (OAuth 2.0 client credentials or a client certificate) and the scope each
 * operation needs. The words are the API's, read by developers: data, not page words.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

    static final String OAUTH2 = "oauth2";
    static final String MUTUAL_TLS = "mutualTLS";
    static final String TOKEN_URL = "/oauth2/token";
    static final String PROBLEM = "Problem";

    /** What the API's security chain answers any operation with, besides what the operation itself answers. */
    static final Map<String, String> REFUSALS = Map.of(
            "401", "No valid access token or client certificate, or the client is disabled.",
            "403", "The token or client does not have the scope this operation needs.",
            "429", "Too many requests this minute: try again after the Retry-After header's seconds.");

    /** What a scope lets a client do, in the document. */
    static final Map<ApiScope, String> SCOPES = Map.of(
            ApiScope.READ_CONTACTS, """
                    Read the feed of contact events, each contact whole (answers, files, timeline), and receive \
                    webhooks of the events. Every read is in the force's access log.""",
            ApiScope.WRITE_RESULTS, """
                    Write back a contact's crime number, officer in charge and result.""",
            ApiScope.SUBMIT_REPORTS, """
                    Send reports in from another service (Open311).""");

    static {
        // A controller gets the calling client as a parameter: the caller, not something a request sends.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiClient.class);
    }

    @Bean
    OpenAPI bluelampApiDocument() {
        var scopes = new Scopes();
        for (ApiScope scope : ApiScope.values()) {
            scopes.addString(scope.code(), SCOPES.get(scope));
        }
        return new OpenAPI()
                .info(new Info().title("Bluelamp API").version("1.0.0").description("""
                        The force's API for its own systems (records management, command and control): a feed of \
                        contact events with a cursor, each contact whole, writing back crime numbers, officers in \
                        charge and results, and signed webhooks. Clients are registered by the force's admins, \
                        approved by a second admin, and limited to a number of requests a minute. Errors are \
                        problem details (RFC 9457, application/problem+json)."""))
                .components(new Components()
                        .addSchemas(PROBLEM, problem())
                        .addSecuritySchemes(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("""
                                        OAuth 2.0 client credentials: ask the token endpoint for an access token \
                                        with the client ID and secret (HTTP Basic), and send it as a Bearer token.""")
                                .flows(new OAuthFlows().clientCredentials(
                                        new OAuthFlow().tokenUrl(TOKEN_URL).scopes(scopes))))
                        .addSecuritySchemes(MUTUAL_TLS, new SecurityScheme().type(SecurityScheme.Type.MUTUALTLS)
                                .description("""
                                        A client certificate registered by the force's admins (its SHA-256 \
                                        thumbprint), presented in the TLS handshake instead of a token.""")));
    }

    /** Each operation's security: a token with its scope, or the client's certificate with that scope granted. */
    @Bean
    OpenApiCustomizer scopesOfOperations() {
        return document -> {
            if (document.getPaths() == null) {
                return;
            }
            document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                var scope = ScopeRules.scopeFor(method.name(), path);
                var needed = new ArrayList<String>();
                scope.ifPresent(s -> needed.add(s.code()));
                var oauth = new SecurityRequirement().addList(OAUTH2, needed);
                var certificate = new SecurityRequirement().addList(MUTUAL_TLS, new ArrayList<>(needed));
                var requirements = new ArrayList<SecurityRequirement>();
                requirements.add(oauth);
                requirements.add(certificate);
                operation.setSecurity(requirements);
                REFUSALS.forEach((status, description) -> {
                    if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
                        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                .content(new Content().addMediaType("application/problem+json", new MediaType()
                                        .schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM)))));
                    }
                });
            }));
        };
    }

    /** Problem details (RFC 9457) as the API writes them (integration.web.ApiProblems). */
    private static Schema<?> problem() {
        var error = typed("object").addProperty("field", typed("string").description("The field's JSON name."))
                .addProperty("message", typed("string").description("What is wrong with it."));
        return typed("object").description("Problem details (RFC 9457), for every refusal.")
                .addProperty("type", typed("string").description("about:blank: the title says the kind."))
                .addProperty("title", typed("string").description("The kind of problem, e.g. Not found."))
                .addProperty("status", typed("integer").description("The HTTP status."))
                .addProperty("detail", typed("string").description("What was wrong, for a developer to act on."))
                .addProperty("errors", typed("array").items(error)
                        .description("For a body that does not pass its checks (422): each field's error."))
                .required(List.of("title", "status"));
    }

    /** A schema of one JSON type, as OpenAPI 3.1 (JSON Schema 2020-12) writes it. */
    private static Schema<Object> typed(String type) {
        var schema = new JsonSchema();
        schema.addType(type);
        return schema;
    }
}
