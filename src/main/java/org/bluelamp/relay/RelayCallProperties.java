package org.bluelamp.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How relay calls are run.
 *
 * @param rejoinWithin   how long a dropped caller keeps their place (or their call) to come back to it
 * @param answerTarget   the service level: calls answered within this
 * @param typicalLength  how long a call takes, for the caller's estimated wait before today has figures
 * @param recordingChunk the largest piece of a recording the console may upload at once
 * @param callerKeyLifetime how long the caller's browser keeps the key to its call
 */
@ConfigurationProperties("bluelamp.relay.calls")
public record RelayCallProperties(Duration rejoinWithin, Duration answerTarget, Duration typicalLength,
                                  DataSize recordingChunk, Duration callerKeyLifetime) {

    public RelayCallProperties {
        rejoinWithin = rejoinWithin == null ? Duration.ofMinutes(3) : rejoinWithin;
        answerTarget = answerTarget == null ? Duration.ofSeconds(120) : answerTarget;
        typicalLength = typicalLength == null ? Duration.ofMinutes(10) : typicalLength;
        recordingChunk = recordingChunk == null ? DataSize.ofMegabytes(16) : recordingChunk;
        callerKeyLifetime = callerKeyLifetime == null ? Duration.ofHours(4) : callerKeyLifetime;
        if (rejoinWithin.isNegative() || rejoinWithin.isZero() || answerTarget.isNegative()
                || typicalLength.isNegative() || typicalLength.isZero()) {
            throw new IllegalArgumentException("bluelamp.relay.calls: durations must be more than zero");
        }
    }
}
