package org.bluelamp.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long "Check your report" gives access. (Asking for codes is limited with everything else the public can do,
 * under {@code bluelamp.limits.actions.tracking-code}.)
 *
 * @param idleTimeout how long access to a report lasts without being used
 */
@ConfigurationProperties("bluelamp.tracking")
public record TrackingProperties(Duration idleTimeout) {

    public TrackingProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
    }
}
