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
 * @param batchSize             events fanned out to one webhook in one go
 * @param connectTimeout        how long a receiver has to accept the connection
 * @param requestTimeout        how long a receiver has to answer, once connected
 */
@ConfigurationProperties("bluelamp.api.webhooks")
record WebhookProperties(boolean allowHttp, boolean allowPrivateNetworks, Duration pollEvery, Integer batchSize,
                         Duration connectTimeout, Duration requestTimeout) {

    WebhookProperties {
        pollEvery = positive(pollEvery, Duration.ofSeconds(5));
        batchSize = batchSize == null || batchSize < 1 ? 1000 : Math.min(batchSize, 10_000);
        // At most 30 s each: a round of calls must end well within the worker's lease (WebhookDelivery.LEASE).
        connectTimeout = atMost(positive(connectTimeout, Duration.ofSeconds(5)), Duration.ofSeconds(30));
        requestTimeout = atMost(positive(requestTimeout, Duration.ofSeconds(10)), Duration.ofSeconds(30));
    }

    private static Duration positive(Duration given, Duration otherwise) {
        return given == null || given.isNegative() || given.isZero() ? otherwise : given;
    }

    private static Duration atMost(Duration given, Duration most) {
        return given.compareTo(most) > 0 ? most : given;
    }
}
