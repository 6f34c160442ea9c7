package org.bluelamp.integration.webhooks;

import org.bluelamp.integration.feed.FeedEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a webhook call, the same for every attempt: {"type", "timestamp" (when the event happened), "data"}, with
 * data the event exactly as the feed shows it ({@link FeedEvent}).
 */
final class WebhookPayload {

    private WebhookPayload() {
    }

    static String of(WebhookDeliveries.Event event, JsonMapper json) {
        var type = "contact." + event.kind();
        var feedEvent = new FeedEvent(event.eventId(), event.position(), type, event.occurredAt(),
                FeedEvent.ContactLink.to(event.reference()),
                json.readTree(event.data() == null ? "{}" : event.data()));
        ObjectNode body = json.createObjectNode();
        body.put("type", type);
        body.put("timestamp", event.occurredAt().toString());
        body.set("data", json.valueToTree(feedEvent));
        return json.writeValueAsString(body);
    }
}
