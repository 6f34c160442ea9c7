package org.bluelamp.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How "Check your report" is limited.
 *
 * @param requestsPerReference codes that may be asked for one typed reference in a window
 * @param requestsPerClient    codes that may be asked for from one client address in a window
 * @param window               the length of the window the requests are counted in
 * @param idleTimeout          how long access to a report lasts without being used
 */
@ConfigurationProperties("bluelamp.tracking")
public record TrackingProperties(int requestsPerReference, int requestsPerClient, Duration window,
                                 Duration idleTimeout) {

    public TrackingProperties {
        requestsPerReference = requestsPerReference <= 0 ? 10 : requestsPerReference;
        requestsPerClient = requestsPerClient <= 0 ? 30 : requestsPerClient;
        window = window == null ? Duration.ofHours(1) : window;
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
    }
}
