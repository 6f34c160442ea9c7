package org.bluelamp.insight;

import org.bluelamp.insight.chart.FigureTable;
import org.bluelamp.platform.Texts;

import java.util.List;

/** The figures of one page of /staff/insight, each a table drawn as a chart and offered as CSV. */
interface SectionFigures {

    InsightSection section();

    /** The page's tables for this query, in page order; the viewer decides which force-wide ones are shown. */
    List<FigureTable> tables(InsightQuery query, InsightViewer viewer, Texts texts);
}
