package org.bluelamp.insight;

import org.bluelamp.insight.chart.FigureTable;
import org.bluelamp.platform.Texts;

import java.time.YearMonth;
import java.util.List;

/**
 * More monthly figures for /performance from elsewhere (how fast BSL relay calls and live chats were answered): each
 * bean's tables are shown after the page's own, in the order of the beans. A table's rows are the months given,
 * oldest first, and its counts under 10 must already be hidden (null, with "Fewer than 10" as its missing words).
 */
public interface PublicPerformanceSource {

    /** Words in the page's language; may be empty when there is nothing to show. */
    List<FigureTable> monthly(List<YearMonth> months, Texts texts);
}
