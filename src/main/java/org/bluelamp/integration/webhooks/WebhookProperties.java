package org.bluelamp.integration.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Webhooks (docs/integration.md, "Webhooks").
 *
 * @param allowHttp             whether a webhook may be a plain http address: for development and tests only
 * @param allowPrivateNetworks  whether a webhook may reach loopback, private or link-local addresses: for development
 *                              and tests only, as otherwise a client could make Bluelamp call the force's own systems
 * @param pollEvery             how often events are fanned out to webhooks and due deliveries are made
 * @param batchSize             events fanned out to one webhook, and deliveries made at once, in one go
 */
@ConfigurationProperties("bluelamp.api.webhooks")
record WebhookProperties(boolean allowHttp, boolean allowPrivateNetworks, Duration pollEvery, Integer batchSize) {

    WebhookProperties {
        pollEvery = pollEvery == null || pollEvery.isNegative() || pollEvery.isZero() ? Duration.ofSeconds(5) : pollEvery;
        batchSize = batchSize == null || batchSize < 1 ? 1000 : Math.min(batchSize, 10_000);
    }
}
