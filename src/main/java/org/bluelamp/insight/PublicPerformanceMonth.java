package org.bluelamp.insight;

import java.time.YearMonth;
import java.util.Map;

/**
 * One complete month's figures for the public page, as counted (before anything is hidden).
 *
 * @param received           reports received, by channel code, in no particular order
 * @param firstContactDue    first contacts whose clock was counted: in time, late or overdue
 * @param firstContactInTime of those, made by the deadline
 * @param firstContactMade   first contacts made (in time or late), the ones {@code firstContactSeconds} adds up
 * @param answers            satisfaction answers with the overall question answered
 * @param satisfied          of those, "very satisfied" or "satisfied"
 */
record PublicPerformanceMonth(YearMonth month, Map<String, Integer> received, int firstContactDue,
                              int firstContactInTime, int firstContactMade, long firstContactSeconds, int answers,
                              int satisfied) {

    PublicPerformanceMonth {
        received = Map.copyOf(received);
    }

    int total() {
        return received.values().stream().mapToInt(Integer::intValue).sum();
    }

    int received(String channel) {
        return received.getOrDefault(channel, 0);
    }
}
