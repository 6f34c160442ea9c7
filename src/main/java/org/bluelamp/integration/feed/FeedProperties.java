package org.bluelamp.integration.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long the feed keeps an event: a client that has not read it by then reads the contact instead.
 *
 * @param keepFor {@code bluelamp.api.feed.keep-for}, 30 days unless set
 */
@ConfigurationProperties("bluelamp.api.feed")
public record FeedProperties(Duration keepFor) {

    public FeedProperties {
        keepFor = keepFor == null ? Duration.ofDays(30) : keepFor;
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("bluelamp.api.feed.keep-for must be longer than nothing");
        }
    }
}
