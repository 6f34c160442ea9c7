package org.bluelamp.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a month's public figures may show, so nobody can be picked out: a count under 10 is hidden ("Fewer than
 * 10"), and so is a percentage of fewer than 10.
 * <p>
 * Hiding one small count is not enough when the total and the other counts are shown: the total less the others
 * gives it. The page publishes two sums over the channels: the total, and (through the digital share) the digital
 * channels' subtotal, so also the others' subtotal. So in each of those two groups, if any count is hidden as small,
 * the group's smallest count of 10 or more is hidden too ("Withheld"): then the hidden counts of a group add up to
 * a known sum that includes a count with no upper limit, and no small count can be worked out from it (at most that
 * it is at most so many). A group with nothing left to withhold (every count in it small) gives the digital share up
 * instead; then only the total links the counts, and the same rule runs over all the channels, withholding the total
 * itself if every count is small. The digital share is taken as exact, though shown to one decimal, to be safe.
 */
final class PublicPerformanceSuppression {

    /** The smallest count shown. */
    static final int SMALLEST = 10;

    private PublicPerformanceSuppression() {
    }

    /**
     * @param channels the channels the page shows for this month (all with a count in any month shown)
     * @param digital  the digital channels' codes
     */
    static Shown month(PublicPerformanceMonth month, List<String> channels, Set<String> digital) {
        var small = new HashSet<String>();
        for (String channel : channels) {
            if (month.received(channel) < SMALLEST) {
                small.add(channel);
            }
        }
        var withheld = new HashSet<String>();
        int total = month.total();
        boolean totalSmall = total < SMALLEST;
        boolean shareShown = !totalSmall;
        boolean totalWithheld = false;
        if (!totalSmall) {
            var digitalChannels = channels.stream().filter(digital::contains).toList();
            var otherChannels = channels.stream().filter(channel -> !digital.contains(channel)).toList();
            boolean safe = protect(month, digitalChannels, small, withheld)
                    & protect(month, otherChannels, small, withheld);
            if (!safe) {
                shareShown = false;
                totalWithheld = !protect(month, channels, small, withheld);
            }
        }
        return new Shown(Set.copyOf(small), Set.copyOf(withheld), totalSmall, totalWithheld, shareShown);
    }

    /**
     * Withholds the group's smallest shown count when a small one is hidden and none is withheld yet.
     *
     * @return false when the group has nothing left to withhold, so its sum must not be published
     */
    private static boolean protect(PublicPerformanceMonth month, List<String> group, Set<String> small,
                                   Set<String> withheld) {
        boolean hidesSmall = group.stream().anyMatch(small::contains);
        boolean withholds = group.stream().anyMatch(withheld::contains);
        if (!hidesSmall || withholds) {
            return true;
        }
        var shown = new ArrayList<>(group.stream()
                .filter(channel -> !small.contains(channel) && !withheld.contains(channel)).toList());
        if (shown.isEmpty()) {
            return false;
        }
        shown.sort(Comparator.comparingInt(month::received));
        withheld.add(shown.getFirst());
        return true;
    }

    /** A share of fewer than 10 is hidden: null then, else the percentage. */
    static Double percent(int part, int of) {
        return of < SMALLEST ? null : 100.0 * part / of;
    }

    /**
     * @param small         channels whose count is under 10
     * @param withheld      channels whose count is hidden so a small one cannot be worked out
     * @param totalSmall    the total is under 10
     * @param totalWithheld the total is hidden as every count in it is small
     * @param shareShown    whether the digital share may be shown
     */
    record Shown(Set<String> small, Set<String> withheld, boolean totalSmall, boolean totalWithheld,
                 boolean shareShown) {

        boolean hides(String channel) {
            return small.contains(channel) || withheld.contains(channel);
        }

        boolean showsTotal() {
            return !totalSmall && !totalWithheld;
        }
    }

    /** For tests and notes: the channels' counts as the page shows them, hidden ones as null. */
    static Map<String, Integer> visible(PublicPerformanceMonth month, List<String> channels, Shown shown) {
        var visible = new java.util.LinkedHashMap<String, Integer>();
        channels.forEach(channel -> visible.put(channel, shown.hides(channel) ? null : month.received(channel)));
        return visible;
    }
}
