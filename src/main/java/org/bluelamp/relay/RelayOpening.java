package org.bluelamp.relay;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether the relay is open, and if not when it opens, in words: for callers, and for people told when their BSL video
 * message will be watched.
 *
 * @param open      the relay is open now
 * @param hours     the opening hours, "8am to midnight, every day"
 * @param nextOpens when it next opens, "8am today" or "8am tomorrow"; null while it is open
 */
public record RelayOpening(boolean open, String hours, String nextOpens) {

    public static RelayOpening at(RelayHours relay, Instant now, Texts texts) {
        String hours = relay.inWords(texts);
        if (relay.isOpen(now)) {
            return new RelayOpening(true, hours, null);
        }
        var opens = relay.nextOpening(now).atZone(LondonTime.ZONE);
        boolean today = opens.toLocalDate().equals(LocalDate.ofInstant(now, LondonTime.ZONE));
        return new RelayOpening(false, hours, texts.t(today ? "relay.opening.today" : "relay.opening.tomorrow",
                texts.dates().timeOfDay(opens.toLocalTime())));
    }
}
