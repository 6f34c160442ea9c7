package org.bluelamp.platform;

import java.time.ZoneId;

/**
 * Times are stored in UTC and shown to people as UK local time. How a date or time is written depends on the reader's
 * language: see {@link org.bluelamp.platform.language.Dates}.
 */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {
    }
}
