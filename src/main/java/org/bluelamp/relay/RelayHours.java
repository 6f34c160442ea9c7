package org.bluelamp.relay;

import org.bluelamp.platform.BslRelayHours;
import org.bluelamp.platform.DailyHours;
import org.bluelamp.platform.Texts;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Instant;
import java.time.LocalTime;

/**
 * When the BSL video relay is answered, every day, in UK time: from {@code opens} until {@code closes}, which may be
 * past midnight (08:00 to 00:00 means until midnight). Clock changes move the hours with the clocks: the relay opens
 * at 8am on the day the clocks go forward as on any other. The only setting of the hours: every page, message and
 * statement says them in the words of {@link #inWords}.
 */
@ConfigurationProperties("bluelamp.relay.hours")
public record RelayHours(LocalTime opens, LocalTime closes) implements BslRelayHours {

    public RelayHours {
        opens = opens == null ? LocalTime.of(8, 0) : opens;
        closes = closes == null ? LocalTime.MIDNIGHT : closes;
        if (opens.equals(closes)) {
            throw new IllegalArgumentException("bluelamp.relay.hours: opens and closes must differ (for all day, use 00:00 to 23:59)");
        }
    }

    /** "8am to midnight, every day", in the language of the words given ("8am tan hanner nos" in Welsh). */
    @Override
    public String inWords(Texts texts) {
        var dates = texts.dates();
        return texts.t("relay.opening.hours", dates.timeOfDay(opens), dates.timeOfDay(closes));
    }

    public boolean isOpen(Instant at) {
        return daily().isOpen(at);
    }

    /** Now if it is open, otherwise when it next opens. */
    public Instant nextOpening(Instant at) {
        return daily().nextOpening(at);
    }

    private DailyHours daily() {
        return new DailyHours(opens, closes);
    }
}
