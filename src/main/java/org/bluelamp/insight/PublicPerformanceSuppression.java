package org.bluelamp.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a month's public figures may show, so nobody can be picked out: a count from 1 to 9 is hidden ("Fewer than
 * 10"), and so is a percentage of fewer than 10. Nothing (0) is shown: it is about nobody, and hiding it would make
 * every month with an unused channel withhold a real figure below.
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
            if (month.received(channel) > 0 && month.received(channel) < SMALLEST) {
                small.add(channel);
            }
        }
        var withheld = new HashSet<String>();
        int total = month.total();
        boolean totalSmall = total > 0 && total < SMALLEST;
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
     * Withholds the group's smallest shown counts while a small one is hidden and could be worked out from the
     * group's sum: until one is withheld, and, in the one case that still pins a count (every small one 1 and every
     * withheld one 10, when the sum says each small one is exactly 1), one more.
     *
     * @return false when the group has nothing left to withhold, so its sum must not be published
     */
    private static boolean protect(PublicPerformanceMonth month, List<String> group, Set<String> small,
                                   Set<String> withheld) {
        if (group.stream().noneMatch(small::contains)) {
            return true;
        }
        while (!hidesEnough(month, group, small, withheld)) {
            var shown = new ArrayList<>(group.stream()
                    .filter(channel -> month.received(channel) >= SMALLEST && !withheld.contains(channel)).toList());
            if (shown.isEmpty()) {
                return false;
            }
            shown.sort(Comparator.comparingInt(month::received));
            withheld.add(shown.getFirst());
        }
        return true;
    }

    /**
     * Whether a small count hidden in the group is uncertain given the group's sum: each small one is known to be 1
     * to 9 and each withheld one 10 or more, so a small one is pinned only when there is no room above those floors.
     */
    private static boolean hidesEnough(PublicPerformanceMonth month, List<String> group, Set<String> small,
                                       Set<String> withheld) {
        if (group.stream().noneMatch(withheld::contains)) {
            return false;
        }
        int room = 0;
        for (String channel : group) {
            if (small.contains(channel)) {
                room += month.received(channel) - 1;
            } else if (withheld.contains(channel)) {
                room += month.received(channel) - SMALLEST;
            }
        }
        return room > 0;
    }

    /** A share of fewer than 10 is hidden: null then, else the percentage. */
    static Double percent(int part, int of) {
        return of < SMALLEST ? null : 100.0 * part / of;
    }

    /**
     * @param small         channels whose count is 1 to 9
     * @param withheld      channels whose count is hidden so a small one cannot be worked out
     * @param totalSmall    the total is 1 to 9
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
