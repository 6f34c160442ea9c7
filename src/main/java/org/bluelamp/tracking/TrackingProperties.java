package org.bluelamp.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long "Check your report" gives access, and the conversation about a report. (Asking for codes is limited with
 * everything else the public can do, under {@code bluelamp.limits.actions.tracking-code}.)
 *
 * @param idleTimeout    how long access to a report lasts without being used
 * @param replyWithin    working days (weekends and bank holidays left out) within which staff should reply to a
 *                       reporter's message: the reply clock on the contact
 * @param messagesPerDay how many messages one report may send in any 24 hours, so one person cannot flood a handler
 */
@ConfigurationProperties("bluelamp.tracking")
public record TrackingProperties(Duration idleTimeout, Integer replyWithin, Integer messagesPerDay) {

    public TrackingProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        replyWithin = atLeastOne("reply-within", replyWithin, 5);
        messagesPerDay = atLeastOne("messages-per-day", messagesPerDay, 10);
    }

    private static int atLeastOne(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("bluelamp.tracking." + name + " must be at least 1, not " + value);
        }
        return value;
    }
}
