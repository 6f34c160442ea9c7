package org.bluelamp.platform;

import java.util.List;

/**
 * A row of a GOV.UK summary list: a key, the value's lines, and an optional action link.
 *
 * @param actionHidden words read out after the action's label by screen readers ("Change <what>")
 */
public record SummaryRow(String key, List<String> lines, String actionUrl, String actionLabel, String actionHidden) {

    public static SummaryRow of(String key, List<String> lines) {
        return new SummaryRow(key, lines, null, null, null);
    }
}
