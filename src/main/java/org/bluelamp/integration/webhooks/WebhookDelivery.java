package org.bluelamp.integration.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The worker: leases due deliveries in one short transaction, calls every receiver at once with no transaction open
 * and no connection held, then records each outcome. A 2xx answer delivers it; anything else is tried again later
 * (the same id, body and signature scheme) until 72 hours after the event. A receiver sees an event again only if
 * this instance stopped between its call and the record of it: the webhook-id lets it tell.
 */
@Component
class WebhookDelivery {

    /** Longer than a round of calls can take (a look-up, 5 s to connect, 10 s to answer), all made at once. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** At most this many calls at once from one instance. */
    static final int AT_ONCE = 100;

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    private final WebhookDeliveries deliveries;
    private final Webhooks webhooks;
    private final WebhookAddresses addresses;
    private final WebhookSender sender;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;

    WebhookDelivery(WebhookDeliveries deliveries, Webhooks webhooks, WebhookProperties properties, JsonMapper json,
                    Clock clock, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.addresses = WebhookAddresses.of(properties);
        this.sender = new WebhookSender(properties.connectTimeout(), properties.requestTimeout());
        this.json = json;
        this.clock = clock;
        this.delivered = outcome(registry, "delivered");
        this.retried = outcome(registry, "retried");
        this.failed = outcome(registry, "failed");
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("bluelamp.webhooks.attempts")
                .description("Webhook calls made, by what became of the delivery").tag("outcome", outcome)
                .register(registry);
    }

    /** Makes the deliveries due now; returns how many were attempted. */
    int deliverDue() {
        var now = clock.instant();
        var claimed = deliveries.claim(now, AT_ONCE, now.plus(LEASE));
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Future<WebhookSender.Outcome>> calls = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var delivery : claimed) {
                calls.add(executor.submit(() -> call(delivery)));
            }
        }
        for (int i = 0; i < claimed.size(); i++) {
            settle(claimed.get(i), outcome(calls.get(i)));
        }
        return claimed.size();
    }

    private WebhookSender.Outcome call(WebhookDeliveries.Claimed delivery) {
        if (!clock.instant().isBefore(delivery.giveUpAt())) {
            return new WebhookSender.Outcome(null, "not delivered within " + WebhookDeliveries.GIVE_UP_AFTER.toHours()
                    + " hours of the event");
        }
        var secret = webhooks.secret(delivery.clientId(), delivery.sealedSecret());
        if (secret.isEmpty()) {
            return new WebhookSender.Outcome(null, "the webhook's secret does not open with this secrets key");
        }
        WebhookAddresses.Target target;
        try {
            // Checked again now: the name may resolve elsewhere since the webhook was set.
            target = addresses.check(delivery.url());
        } catch (WebhookAddresses.Refused refused) {
            return new WebhookSender.Outcome(null, "address refused: " + refused.getMessage());
        }
        var id = delivery.event().eventId().toString();
        var body = WebhookPayload.of(delivery.event(), json);
        long timestamp = clock.instant().getEpochSecond();
        var headers = new LinkedHashMap<String, String>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(secret.get(), id, timestamp, body));
        return sender.post(target, headers, body);
    }

    private static WebhookSender.Outcome outcome(Future<WebhookSender.Outcome> call) {
        try {
            return call.get();
        } catch (ExecutionException failed) {
            return new WebhookSender.Outcome(null, "could not call: " + failed.getCause().getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new WebhookSender.Outcome(null, "interrupted");
        }
    }

    private void settle(WebhookDeliveries.Claimed delivery, WebhookSender.Outcome outcome) {
        var now = clock.instant();
        if (outcome.delivered()) {
            if (deliveries.delivered(delivery, outcome.statusCode(), now)) {
                delivered.increment();
            }
            return;
        }
        var error = outcome.error() != null ? outcome.error() : "answered " + outcome.statusCode();
        var next = WebhookRetries.next(delivery.attempt(), now, delivery.giveUpAt());
        if (next == null) {
            if (deliveries.failed(delivery, outcome.statusCode(), error)) {
                failed.increment();
                log.warn("Webhook delivery {} to client {} failed after {} attempts: {}", delivery.id(),
                        delivery.clientId(), delivery.attempt(), error);
            }
            return;
        }
        if (deliveries.retry(delivery, outcome.statusCode(), error, next)) {
            retried.increment();
        }
    }
}
