package org.bluelamp.platform;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;

/** How long a setting's period or duration is, in words for the public: "10 years", "7 days", "30 minutes". */
public final class HowLong {

    private HowLong() {
    }

    /** "6 years", "1 year and 6 months", "30 days" (weeks are said as days, as ISO 8601 periods keep them). */
    public static String of(Period period, Texts texts) {
        var parts = new ArrayList<String>();
        if (period.getYears() != 0) {
            parts.add(texts.t("how-long.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(texts.t("how-long.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(texts.t("how-long.days", period.getDays()));
        }
        return String.join(texts.t("how-long.and"), parts);
    }

    /** In the largest whole unit: "7 days", "4 hours", "90 minutes". */
    public static String of(Duration duration, Texts texts) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return texts.t("how-long.days", duration.toDays());
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return texts.t("how-long.hours", duration.toHours());
        }
        return texts.t("how-long.minutes", Math.max(1, duration.toMinutes()));
    }
}
