package org.bluelamp.chat;

import org.bluelamp.platform.DailyHours;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Instant;
import java.time.LocalTime;

/**
 * When the live chat is answered, every day, in UK time, as the relay's hours are set: from {@code opens} until
 * {@code closes}, which may be past midnight. The same time for both (the default, 00:00 and 00:00) means all day.
 */
@ConfigurationProperties("bluelamp.chat.hours")
public record ChatHours(LocalTime opens, LocalTime closes) {

    public ChatHours {
        opens = opens == null ? LocalTime.MIDNIGHT : opens;
        closes = closes == null ? LocalTime.MIDNIGHT : closes;
    }

    public boolean allDay() {
        return daily().allDay();
    }

    public boolean isOpen(Instant at) {
        return daily().isOpen(at);
    }

    public Instant nextOpening(Instant at) {
        return daily().nextOpening(at);
    }

    private DailyHours daily() {
        return new DailyHours(opens, closes);
    }
}
