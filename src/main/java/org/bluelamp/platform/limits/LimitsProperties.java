package org.bluelamp.platform.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The limits on what the public can make the force do, from {@code bluelamp.limits}: the window the per-client and
 * per-recipient counts are kept in, and each action's limits where they differ from {@link LimitedAction}'s
 * defaults.
 */
@ConfigurationProperties("bluelamp.limits")
public record LimitsProperties(Duration window, Map<LimitedAction, Limit> actions) {

    public LimitsProperties {
        window = window == null ? Duration.ofHours(1) : window;
        if (window.isNegative() || window.isZero() || Duration.ofDays(1).toMillis() % window.toMillis() != 0) {
            throw new IllegalArgumentException("bluelamp.limits.window must divide a day evenly (1h, 15m, ...): "
                    + window);
        }
        var all = new EnumMap<LimitedAction, Limit>(LimitedAction.class);
        for (var action : LimitedAction.values()) {
            all.put(action, actions == null ? action.defaults() : actions.getOrDefault(action, action.defaults()));
        }
        actions = Map.copyOf(all);
    }

    public Limit of(LimitedAction action) {
        return actions.get(action);
    }
}
