package org.bluelamp.integration.docs;

import org.bluelamp.BluelampTest;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.auth.ScopeRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's OpenAPI 3.1 document and its reference page, both open to anyone: the document describes only /api/v1,
 * how to authenticate and the scope each operation needs; the page draws the same document.
 */
@BluelampTest
class ApiDocumentTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDocumentIsOpenApi31OfTheApiAloneWithItsSecuritySchemes() throws Exception {
        var response = get("/api/v1/openapi.json", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode document = JsonMapper.builder().build().readTree(response.body());

        assertThat(document.path("openapi").asString()).startsWith("3.1.");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Bluelamp API");
        assertThat(document.path("info").path("version").asString()).isEqualTo("1.0.0");
        assertThat(document.path("info").path("description").asString()).contains("problem details");
        assertThat(document.path("servers").path(0).path("url").asString()).isEqualTo("http://localhost:" + port);

        var paths = new ArrayList<String>(document.path("paths").propertyNames());
        assertThat(paths).allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
        assertThat(paths).doesNotContain("/api/v1/docs", "/api/v1/openapi.json");
        // The operations on main at the time of writing, each with the scope the security chain asks for.
        var operations = new ArrayList<String>();
        document.path("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method ->
                operations.add(method.toUpperCase() + " " + path.getKey() + " " + path.getValue().path(method)
                        .path("security").path(0).path("oauth2").values().stream().map(JsonNode::asString).toList())));
        assertThat(operations).contains(
                "GET /api/v1/client []",
                "GET /api/v1/events [contacts:read]",
                "PUT /api/v1/events/acknowledged [contacts:read]",
                "GET /api/v1/contacts/{reference} [contacts:read]",
                "GET /api/v1/contacts/{reference}/files/{fileId} [contacts:read]",
                "PUT /api/v1/contacts/{reference}/crime-number [results:write]",
                "PUT /api/v1/contacts/{reference}/officer-in-charge [results:write]",
                "POST /api/v1/contacts/{reference}/results [results:write]",
                "GET /api/v1/webhook [contacts:read]",
                "PUT /api/v1/webhook [contacts:read]",
                "DELETE /api/v1/webhook [contacts:read]");
        var client = document.path("paths").path("/api/v1/client").path("get");
        assertThat(client.path("security").path(0).path("oauth2").isArray()).isTrue();
        assertThat(client.path("security").path(0).path("oauth2").isEmpty()).isTrue();
        assertThat(client.path("responses").path("200").path("content").has("application/json")).isTrue();
        assertThat(response.body()).doesNotContain("/staff", "/report", "/open311", "\"ApiClient\"");

        var oauth = document.path("components").path("securitySchemes").path("oauth2");
        assertThat(oauth.path("type").asString()).isEqualTo("oauth2");
        var flow = oauth.path("flows").path("clientCredentials");
        assertThat(flow.path("tokenUrl").asString()).isEqualTo("/oauth2/token");
        assertThat(flow.path("scopes").propertyNames())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ApiScope.values()).map(ApiScope::code).toList());
        assertThat(document.path("components").path("securitySchemes").path("mutualTLS").path("type").asString())
                .isEqualTo("mutualTLS");
        var problem = document.path("components").path("schemas").path("Problem");
        assertThat(problem.path("type").asString()).as(problem.toString()).isEqualTo("object");
        assertThat(problem.path("properties").propertyNames()).containsExactly("detail", "errors", "status", "title",
                "type");
        assertThat(problem.path("properties").path("errors").path("items").path("properties").propertyNames())
                .containsExactly("field", "message");

        // Every operation says what a token must carry, by the same rules the API's security chain applies.
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!operation.getValue().isObject() || operation.getKey().equals("parameters")) {
                return;
            }
            var expected = ScopeRules.scopeFor(operation.getKey(), path.getKey()).map(ApiScope::code).stream()
                    .toList();
            var security = operation.getValue().path("security");
            assertThat(security.path(0).path("oauth2").values().stream().map(JsonNode::asString).toList())
                    .as(operation.getKey() + " " + path.getKey()).isEqualTo(expected);
            assertThat(security.path(1).path("mutualTLS").values().stream().map(JsonNode::asString).toList())
                    .isEqualTo(expected);
            assertThat(operation.getValue().path("responses").propertyNames()).contains("401", "403", "429");
            assertThat(operation.getValue().path("responses").path("429").path("content")
                    .path("application/problem+json").path("schema").path("$ref").asString())
                    .isEqualTo("#/components/schemas/Problem");
        }));
    }

    @Test
    void nothingElseOfSpringdocIsServed() throws Exception {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/index.html")) {
            assertThat(get(path, "application/json").statusCode()).as(path).isIn(302, 401, 403, 404);
        }
    }

    @Test
    void theReferencePageDrawsTheDocumentWithHowToConnect() throws Exception {
        var page = get("/api/v1/docs", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bluelamp API", "How to connect", "href=\"/api/v1/openapi.json\"",
                "grant_type=client_credentials", "http://localhost:" + port + "/oauth2/token", "contacts:read",
                "results:write", "reports:submit", "Scopes", "Operations");
        var document = JsonMapper.builder().build().readTree(get("/api/v1/openapi.json", "application/json").body());
        document.path("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method -> {
            if (!method.equals("parameters")) {
                assertThat(page.body()).contains("data-operation=\"" + method.toUpperCase() + " " + path.getKey() + "\"");
            }
        }));

        var welsh = new org.bluelamp.WebSession(port).get("/api/v1/docs?lang=cy");
        assertThat(welsh.status()).isEqualTo(200);
        assertThat(welsh.body()).contains("Sut i gysylltu", "lang=\"cy\"");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
