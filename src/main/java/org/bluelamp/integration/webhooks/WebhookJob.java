package org.bluelamp.integration.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.FigureGauge;
import org.bluelamp.platform.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Every few seconds: on one instance at a time, writes deliveries for the feed's new events; then, on every instance,
 * makes the deliveries that are due (each instance leases its own).
 */
@Component
class WebhookJob {

    static final String FAN_OUT = "integration.webhook-fan-out";
    /** Rounds of fan-out in one run, so a long backlog (10,000 events) goes out in one run rather than ten. */
    static final int ROUNDS = 10;
    /** Delivery rounds start no later than this into a run. */
    static final Duration ROUNDS_FOR = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(WebhookJob.class);

    private final WebhookDeliveries deliveries;
    private final WebhookDelivery delivery;
    private final WebhookProperties properties;
    private final JobLeases leases;
    private final Clock clock;
    private final FigureGauge pending;

    WebhookJob(WebhookDeliveries deliveries, WebhookDelivery delivery, WebhookProperties properties, JobLeases leases,
               Clock clock, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.delivery = delivery;
        this.properties = properties;
        this.leases = leases;
        this.clock = clock;
        this.pending = FigureGauge.of(registry, "bluelamp.webhooks.pending",
                "Webhook deliveries waiting to be made, as last counted by the instance that fanned out");
    }

    @Scheduled(fixedDelayString = "${bluelamp.api.webhooks.poll-every:PT5S}", initialDelayString = "PT10S")
    void onSchedule() {
        try {
            run();
        } catch (DataAccessException databaseAway) {
            // The next run tries again; leased deliveries come back when their lease runs out.
            log.warn("Webhooks skipped a run: {}", databaseAway.getClass().getSimpleName());
        }
    }

    void run() {
        var every = properties.pollEvery();
        leases.runOnce(FAN_OUT, every, every.plus(Duration.ofMinutes(2)), this::fanOut);
        // Until a round leaves nothing due now, within bounds: the run ends, the next fan-out comes, and the
        // scheduler's thread is not held for long by slow receivers.
        long until = System.nanoTime() + ROUNDS_FOR.toNanos();
        for (int round = 0; round < ROUNDS && delivery.deliverDue() == WebhookDelivery.AT_ONCE
                && System.nanoTime() < until; round++) {
            log.debug("Webhook deliveries: another round");
        }
    }

    /** Writes deliveries for new events; returns how many. Safe to run on two instances at once, if wasteful. */
    int fanOut() {
        int written = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int now = deliveries.fanOut(properties.batchSize(), clock.instant());
            written += now;
            if (now == 0) {
                break;
            }
        }
        pending.set(deliveries.pending());
        return written;
    }
}
