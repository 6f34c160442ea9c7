package org.bluelamp.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How updates to a reporter are gathered, so several actions close together go as one message (docs/messages.md).
 *
 * @param window      an update waits this long after the last action on the report before it is sent
 * @param longestHold however busy the report, an update is sent at most this long after its first action (later if
 *                    the reporter asked to be contacted only at certain times)
 */
@ConfigurationProperties("bluelamp.notify.updates")
record UpdateProperties(Duration window, Duration longestHold) {

    UpdateProperties {
        window = window == null ? Duration.ofMinutes(15) : window;
        longestHold = longestHold == null ? Duration.ofHours(1) : longestHold;
        if (window.isNegative() || longestHold.isNegative()) {
            throw new IllegalArgumentException("bluelamp.notify.updates.window and longest-hold cannot be negative");
        }
    }
}
