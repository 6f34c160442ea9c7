package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.Channel;

import java.time.Instant;
import java.util.Objects;

/**
 * What a draft logged by staff carries besides answers: how the caller reached us, when the call started and who
 * is logging it (the only account that may open the draft).
 */
public record CallDetails(Channel channel, Instant startedAt, String loggedBy) {

    public CallDetails {
        Objects.requireNonNull(channel);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(loggedBy);
    }
}
