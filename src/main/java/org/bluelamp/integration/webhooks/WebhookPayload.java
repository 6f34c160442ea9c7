package org.bluelamp.integration.webhooks;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a webhook call, the same for every attempt: {"type", "timestamp" (when the event happened), "data"}, with
 * data the event exactly as the feed shows it.
 */
final class WebhookPayload {

    private WebhookPayload() {
    }

    static String of(WebhookDeliveries.Event event, JsonMapper json) {
        var type = "contact." + event.kind();
        ObjectNode data = json.createObjectNode();
        data.put("id", event.eventId().toString());
        data.put("position", event.position());
        data.put("type", type);
        data.put("occurredAt", event.occurredAt().toString());
        var contact = data.putObject("contact");
        contact.put("reference", event.reference());
        contact.put("href", "/api/v1/contacts/" + event.reference());
        data.set("data", json.readTree(event.data() == null ? "{}" : event.data()));
        ObjectNode body = json.createObjectNode();
        body.put("type", type);
        body.put("timestamp", event.occurredAt().toString());
        body.set("data", data);
        return json.writeValueAsString(body);
    }
}
