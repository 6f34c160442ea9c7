package org.bluelamp.integration.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiProblem;
import org.bluelamp.integration.ApiScope;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's webhook at /api/v1/webhook: set it (PUT, answered with its secret when one is made), read it, remove
 * it. Needs contacts:read, as the events it receives are the feed's.
 */
@RestController
@RequestMapping("/api/v1/webhook")
class WebhookController {

    /** The body of a PUT. */
    record WebhookRequest(String url, Boolean rotateSecret) {
    }

    static final int MAX_BODY = 64 * 1024;

    private final Webhooks webhooks;
    private final WebhookAddresses addresses;
    private final JsonMapper json;

    WebhookController(Webhooks webhooks, WebhookProperties properties, JsonMapper json) {
        this.webhooks = webhooks;
        this.addresses = WebhookAddresses.of(properties);
        this.json = json;
    }

    // The body is read by hand (to stop at 64 KB), so the OpenAPI document is told its shape here.
    @Operation(summary = "Set this client's webhook",
            description = "Its address; the signing secret is answered only when one is made (the first time, "
                    + "or with rotateSecret).")
    @PutMapping
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = WebhookRequest.class)))
    Map<String, Object> set(@Parameter(hidden = true) HttpServletRequest http, ApiClient client) throws IOException {
        mayRead(client);
        var request = read(http);
        try {
            addresses.check(request.url());
        } catch (WebhookAddresses.Refused refused) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("url", refused.getMessage())));
        }
        var set = webhooks.set(client.id(), request.url(), Boolean.TRUE.equals(request.rotateSecret()));
        var body = new LinkedHashMap<String, Object>();
        body.put("url", set.url());
        set.newSecret().ifPresent(secret -> body.put("secret", secret));
        return body;
    }

    @Operation(summary = "Read this client's webhook",
            description = "Its address and when it was set; never the secret.")
    @GetMapping
    Map<String, Object> read(ApiClient client) {
        mayRead(client);
        var webhook = webhooks.of(client.id())
                .orElseThrow(() -> ApiProblem.notFound("This client has no webhook."));
        return Map.of("url", webhook.url(), "createdAt", webhook.createdAt().toString());
    }

    @Operation(summary = "Remove this client's webhook", description = "With its delivery log.")
    @DeleteMapping
    ResponseEntity<Void> remove(ApiClient client) {
        mayRead(client);
        // Idempotent: removing a webhook that is not there leaves things as asked.
        webhooks.remove(client.id());
        return ResponseEntity.noContent().build();
    }

    /** The body, read no further than the API's limit: a URL has at most 2,000 characters, a body 64 KB. */
    private WebhookRequest read(HttpServletRequest http) throws IOException {
        var body = http.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                    "The request body is larger than 64 KB.", List.of());
        }
        try {
            var request = json.readValue(body, WebhookRequest.class);
            if (request == null) {
                throw ApiProblem.badRequest("The request body is not valid JSON for this operation.");
            }
            return request;
        } catch (JacksonException notJson) {
            throw ApiProblem.badRequest("The request body is not valid JSON for this operation.");
        }
    }

    // The security chain refuses a token without the scope first; this keeps the rule beside what it guards.
    private static void mayRead(ApiClient client) {
        if (!client.may(ApiScope.READ_CONTACTS)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", "This needs the scope contacts:read.", List.of());
        }
    }
}
