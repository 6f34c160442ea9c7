package org.bluelamp.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the figures on a page are about: the contacts received from one UK day to another (both included), one team's
 * or every team's, from one channel or all, and the periods the figures over time are grouped in.
 *
 * @param team    a team's code, "" for contacts no team holds; null for all
 * @param channel a channel's code; null for all
 */
record InsightQuery(LocalDate from, LocalDate to, String team, String channel, Grouping per) {

    /** Figures by day stop here: a chart of more days than this is a smear, so weeks or months are asked for. */
    static final int MOST_DAYS_BY_DAY = 366;

    /** The grouping that reads best for a range of this many days. */
    static Grouping suiting(long days) {
        return days <= 62 ? Grouping.DAY : days <= 366 ? Grouping.WEEK : Grouping.MONTH;
    }

    long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    InsightFilter filter() {
        return new InsightFilter(from, to, team, channel);
    }

    /** The same days for every team and channel: for figures no team or channel divides. */
    InsightFilter wholeForce() {
        return new InsightFilter(from, to, null, null);
    }
}
