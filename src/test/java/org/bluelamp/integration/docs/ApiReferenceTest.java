package org.bluelamp.integration.docs;

import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.auth.ScopeRules;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference page's reading of an OpenAPI document, and the scope each path needs. */
class ApiReferenceTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "info": {"title": "Bluelamp API", "version": "1.0.0", "description": "The force's API."},
             "servers": [{"url": "https://report.example.police.uk"}],
             "paths": {
               "/api/v1/events": {"get": {"summary": "The feed", "operationId": "events",
                 "parameters": [{"name": "after", "in": "query", "required": false,
                                 "schema": {"type": "integer", "format": "int64"}},
                                {"$ref": "#/components/parameters/Limit"}],
                 "security": [{"oauth2": ["contacts:read"]}, {"mutualTLS": ["contacts:read"]}],
                 "responses": {"200": {"description": "OK", "content": {"application/json":
                   {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}}},
                               "400": {"description": "Bad request"}}}},
               "/api/v1/contacts/{reference}/crime-number": {"put": {"operationId": "crimeNumber",
                 "requestBody": {"required": true, "content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/CrimeNumber"}}}},
                 "responses": {"204": {"description": "Written"}}}}},
             "components": {
               "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}},
               "schemas": {
                 "Event": {"type": "object", "required": ["id"], "properties": {
                   "id": {"type": "string", "format": "uuid"},
                   "type": {"type": "string", "enum": ["contact.received", "contact.closed"]},
                   "data": {"type": ["object", "null"], "description": "Codes only"}}},
                 "CrimeNumber": {"type": "object", "properties": {"crimeNumber": {"type": "string"}}}},
               "securitySchemes": {"oauth2": {"type": "oauth2", "flows": {"clientCredentials": {
                 "tokenUrl": "/oauth2/token", "scopes": {"contacts:read": "Read contacts"}}}}}}}
            """;

    @Test
    void readsOperationsParametersBodiesAndSchemas() {
        var api = ApiReference.read(DOCUMENT.getBytes(StandardCharsets.UTF_8));

        assertThat(api.title()).isEqualTo("Bluelamp API");
        assertThat(api.server()).isEqualTo("https://report.example.police.uk");
        assertThat(api.tokenUrl()).isEqualTo("/oauth2/token");
        assertThat(api.scopes()).containsExactly(new ApiReference.Scope("contacts:read", "Read contacts"));
        assertThat(api.operations()).extracting(o -> o.method() + " " + o.path()).containsExactly(
                "PUT /api/v1/contacts/{reference}/crime-number", "GET /api/v1/events");

        var events = api.operations().get(1);
        assertThat(events.summary()).isEqualTo("The feed");
        assertThat(events.scope()).isEqualTo("contacts:read");
        assertThat(events.anchor()).isEqualTo("op-get-api-v1-events");
        assertThat(events.parameters()).containsExactly(
                new ApiReference.Parameter("after", "query", false, ApiReference.Type.of("integer (int64)"), ""),
                new ApiReference.Parameter("limit", "query", false, ApiReference.Type.of("integer"), ""));
        assertThat(events.responses()).extracting(ApiReference.Response::status).containsExactly("200", "400");
        assertThat(events.responses().getFirst().bodies()).containsExactly(new ApiReference.Body("application/json",
                new ApiReference.Type("", "Event", "[]")));

        var crimeNumber = api.operations().getFirst();
        assertThat(crimeNumber.summary()).as("the operation id when there is no summary").isEqualTo("crimeNumber");
        assertThat(crimeNumber.scope()).isEmpty();
        assertThat(crimeNumber.bodyRequired()).isTrue();
        assertThat(crimeNumber.requestBodies()).containsExactly(new ApiReference.Body("application/json",
                new ApiReference.Type("", "CrimeNumber", "")));

        assertThat(api.schemas()).extracting(ApiReference.Schema::name).containsExactly("CrimeNumber", "Event");
        assertThat(api.schemas().get(1).properties()).containsExactly(
                new ApiReference.Property("id", ApiReference.Type.of("string (uuid)"), true, ""),
                new ApiReference.Property("type",
                        ApiReference.Type.of("string: \"contact.received\" | \"contact.closed\""), false, ""),
                new ApiReference.Property("data", ApiReference.Type.of("object | null"), false, "Codes only"));
    }

    @Test
    void eachPathNeedsTheScopeTheSecurityChainAsksFor() {
        assertThat(ScopeRules.scopeFor("GET", "/api/v1/events")).contains(ApiScope.READ_CONTACTS);
        assertThat(ScopeRules.scopeFor("put", "/api/v1/events/acknowledged")).contains(ApiScope.READ_CONTACTS);
        assertThat(ScopeRules.scopeFor("GET", "/api/v1/contacts/{reference}")).contains(ApiScope.READ_CONTACTS);
        assertThat(ScopeRules.scopeFor("GET", "/api/v1/contacts/{reference}/files/{id}"))
                .contains(ApiScope.READ_CONTACTS);
        assertThat(ScopeRules.scopeFor("PUT", "/api/v1/contacts/{reference}/crime-number"))
                .contains(ApiScope.WRITE_RESULTS);
        assertThat(ScopeRules.scopeFor("PUT", "/api/v1/contacts/{reference}/officer-in-charge"))
                .contains(ApiScope.WRITE_RESULTS);
        assertThat(ScopeRules.scopeFor("POST", "/api/v1/contacts/{reference}/results"))
                .contains(ApiScope.WRITE_RESULTS);
        assertThat(ScopeRules.scopeFor("DELETE", "/api/v1/webhook/subscriptions/{id}"))
                .contains(ApiScope.READ_CONTACTS);
        assertThat(ScopeRules.scopeFor("GET", "/api/v1/something-else")).isEmpty();
        assertThat(ScopeRules.scopeFor("GET", "/api/v1/client")).isEmpty();
        assertThat(ScopeRules.scopeFor("POST", "/api/v1/contacts/{reference}/crime-number")).isEmpty();
        assertThat(ScopeRules.scopeFor("DELETE", "/api/v1/contacts/{reference}")).isEmpty();
    }
}
