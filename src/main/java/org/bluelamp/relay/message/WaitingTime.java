package org.bluelamp.relay.message;

import org.bluelamp.platform.Texts;

import java.time.Duration;

/** How long a message has waited, in words an interpreter reads at a glance: "2 days 3 hours", "45 minutes". */
final class WaitingTime {

    private WaitingTime() {
    }

    static String describe(Duration waited, Texts texts) {
        long minutes = Math.max(0, waited.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        if (days > 0) {
            return texts.t("relay.messages.waited.days", days, hours).strip(); // "2 days", not "2 days "
        }
        if (hours > 0) {
            return texts.t("relay.messages.waited.hours", hours, minutes % 60).strip();
        }
        return texts.t("relay.messages.waited.minutes", minutes);
    }
}
