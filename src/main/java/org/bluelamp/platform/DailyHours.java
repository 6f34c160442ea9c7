package org.bluelamp.platform;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Hours a service is open every day, in UK time: from {@code opens} until {@code closes}, which may be past midnight
 * (08:00 to 00:00 means until midnight). The same time for both means all day. Clock changes move the hours with the
 * clocks. Shared by the relay's and the live chat's opening hours.
 */
public record DailyHours(LocalTime opens, LocalTime closes) {

    public DailyHours {
        if (opens == null || closes == null) {
            throw new IllegalArgumentException("Opening hours need both opens and closes");
        }
    }

    public boolean allDay() {
        return opens.equals(closes);
    }

    public boolean isOpen(Instant at) {
        if (allDay()) {
            return true;
        }
        var local = at.atZone(LondonTime.ZONE);
        return openingBefore(local).map(opened -> local.isBefore(closingAfter(opened))).orElse(false);
    }

    /** Now if it is open, otherwise when it next opens. */
    public Instant nextOpening(Instant at) {
        if (isOpen(at)) {
            return at;
        }
        var local = at.atZone(LondonTime.ZONE);
        var today = local.toLocalDate().atTime(opens).atZone(LondonTime.ZONE);
        return (today.isAfter(local) ? today : local.toLocalDate().plusDays(1).atTime(opens).atZone(LondonTime.ZONE))
                .toInstant();
    }

    /** The latest opening at or before this moment, today or yesterday (for hours that run past midnight). */
    private Optional<ZonedDateTime> openingBefore(ZonedDateTime local) {
        for (int daysBack = 0; daysBack <= 1; daysBack++) {
            var opening = local.toLocalDate().minusDays(daysBack).atTime(opens).atZone(LondonTime.ZONE);
            if (!opening.isAfter(local)) {
                return Optional.of(opening);
            }
        }
        return Optional.empty();
    }

    private ZonedDateTime closingAfter(ZonedDateTime opened) {
        var date = closes.isAfter(opens) ? opened.toLocalDate() : opened.toLocalDate().plusDays(1);
        return date.atTime(closes).atZone(LondonTime.ZONE);
    }
}
