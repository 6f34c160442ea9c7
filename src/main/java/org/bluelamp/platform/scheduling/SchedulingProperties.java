package org.bluelamp.platform.scheduling;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.UUID;

/**
 * @param instanceName how this instance signs the leases it holds, for people reading {@code scheduled_job}: by
 *                     default the host name, process id and a random part, so a restarted instance is a new holder
 */
@ConfigurationProperties("bluelamp.scheduling")
record SchedulingProperties(String instanceName) {

    SchedulingProperties {
        if (instanceName == null || instanceName.isBlank()) {
            instanceName = host() + ":" + ProcessHandle.current().pid() + ":"
                    + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    // From the environment rather than a DNS look-up, which can stall start-up where the name does not resolve.
    private static String host() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "bluelamp" : host;
    }
}
