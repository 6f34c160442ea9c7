package org.bluelamp.integration.webhooks;

import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiProblem;
import org.bluelamp.integration.ApiScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    private final Webhooks webhooks;
    private final WebhookAddresses addresses;

    WebhookController(Webhooks webhooks, WebhookProperties properties) {
        this.webhooks = webhooks;
        this.addresses = WebhookAddresses.of(properties);
    }

    @PutMapping
    Map<String, Object> set(@RequestBody WebhookRequest request, ApiClient client) {
        mayRead(client);
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

    @GetMapping
    Map<String, Object> read(ApiClient client) {
        mayRead(client);
        var webhook = webhooks.of(client.id())
                .orElseThrow(() -> ApiProblem.notFound("This client has no webhook."));
        return Map.of("url", webhook.url(), "createdAt", webhook.createdAt().toString());
    }

    @DeleteMapping
    ResponseEntity<Void> remove(ApiClient client) {
        mayRead(client);
        // Idempotent: removing a webhook that is not there leaves things as asked.
        webhooks.remove(client.id());
        return ResponseEntity.noContent().build();
    }

    // The security chain refuses a token without the scope first; this keeps the rule beside what it guards.
    private static void mayRead(ApiClient client) {
        if (!client.may(ApiScope.READ_CONTACTS)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", "This needs the scope contacts:read.", List.of());
        }
    }
}
