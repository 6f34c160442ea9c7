package org.bluelamp.insight;

import org.bluelamp.platform.LondonTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which contacts are looked at for repeats: those received in the {@value #DAYS} UK days ending on {@code to}, and
 * optionally only those allocated to a team ('' for none) or that came by a channel.
 *
 * @param team    a team's code, '' for contacts no team holds, null for every contact
 * @param channel a channel's code (reporting.Channel), null for every channel
 */
public record RepeatFilter(LocalDate to, String team, String channel) {

    /** "Three or more times in 90 days". */
    public static final int DAYS = 90;
    public static final int TIMES = 3;

    public RepeatFilter {
        if (to == null) {
            throw new IllegalArgumentException("a last day is needed");
        }
    }

    public static RepeatFilter endingOn(LocalDate to) {
        return new RepeatFilter(to, null, null);
    }

    public RepeatFilter team(String code) {
        return new RepeatFilter(to, code, channel);
    }

    public RepeatFilter channel(String code) {
        return new RepeatFilter(to, team, code);
    }

    /** The first of the days. */
    public LocalDate from() {
        return to.minusDays(DAYS - 1);
    }

    /** The start of the first day in the UK. */
    Instant start() {
        return from().atStartOfDay(LondonTime.ZONE).toInstant();
    }

    /** The end of the last day in the UK (the start of the next). */
    Instant end() {
        return to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
    }
}
