package org.bluelamp.relay.message;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;
import org.bluelamp.relay.RelayHours;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether the relay is open, and if not when it opens, in words, for people told when their message will be watched.
 *
 * @param open      the relay is open now
 * @param hours     the opening hours, "8am to midnight, every day"
 * @param nextOpens when it next opens, "8am today" or "8am tomorrow"; null while it is open
 */
public record RelayOpening(boolean open, String hours, String nextOpens) {

    static RelayOpening at(RelayHours relay, Instant now, Texts texts) {
        String hours = texts.t("relay.hours", LondonTime.timeOfDay(relay.opens()), LondonTime.timeOfDay(relay.closes()));
        if (relay.isOpen(now)) {
            return new RelayOpening(true, hours, null);
        }
        var opens = relay.nextOpening(now).atZone(LondonTime.ZONE);
        boolean today = opens.toLocalDate().equals(LocalDate.ofInstant(now, LondonTime.ZONE));
        return new RelayOpening(false, hours, texts.t(today ? "relay.opens.today" : "relay.opens.tomorrow",
                LondonTime.timeOfDay(opens.toLocalTime())));
    }
}
