package org.bluelamp.insight.chart;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.bluelamp.insight.chart.FigureTable.Column;
import org.bluelamp.insight.chart.FigureTable.Row;
import org.bluelamp.insight.chart.FigureTable.Unit;
import org.bluelamp.platform.Frame;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** insight/figure.jte: a heading, the chart, the GOV.UK table of the same numbers, and the CSV link. */
class ChartFigureComponentTest {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private static final FigureTable MONTHS = new FigureTable("received", "Reports <received>", "Month",
            List.of(new Column("Online report", Unit.COUNT), new Column("Made digitally", Unit.PERCENT),
                    new Column("Average time", Unit.SECONDS)),
            List.of(new Row("October 2026", List.of(1234.0, 27.04, 125.0)),
                    new Row("November 2026", Arrays.asList(null, null, null), Arrays.asList(null, "Withheld"))),
            "Fewer than 10", ChartKind.STACKED_COLUMNS);

    @Test
    void theTableHasTheTitleAsCaptionNumericCellsWrittenByUnitAndMissingValuesInWords() {
        var page = Jsoup.parse(render(ChartTexts.english(), MONTHS, "/performance/received.csv"));

        assertThat(page.select("h2#received-heading").text()).isEqualTo("Reports <received>");
        assertThat(page.select("svg[role=img]")).hasSize(1);
        assertThat(page.select("svg").attr("aria-labelledby")).isEqualTo("received-title received-desc");
        var table = page.selectFirst("table.govuk-table");
        assertThat(table.select("caption").text()).isEqualTo("Reports <received>");
        assertThat(table.select("thead th").eachText())
                .containsExactly("Month", "Online report", "Made digitally", "Average time");
        assertThat(table.select("tbody tr").get(0).select("th, td").eachText())
                .containsExactly("October 2026", "1,234", "27.0%", "2 minutes and 5 seconds");
        assertThat(table.select("tbody tr").get(1).select("td").eachText())
                .containsExactly("Fewer than 10", "Withheld", "Fewer than 10");
        assertThat(table.select("td.govuk-table__cell--numeric")).hasSize(6);
        assertThat(table.select("th[scope=row]")).hasSize(2);
        var link = page.selectFirst("a[href=/performance/received.csv]");
        assertThat(link.text()).isEqualTo("Download this table (CSV): Reports <received>");
        assertThat(link.select(".govuk-visually-hidden").text()).isEqualTo(": Reports <received>");
        assertThat(page.select(".bluelamp-figure__table").attr("aria-labelledby")).isEqualTo("received-caption");
    }

    @Test
    void aTableWithNoRowsSaysSoAndATableAloneHasNoChartNorALinkWithoutAnAddress() {
        var empty = new FigureTable("empty", "Nothing yet", "Month", List.of(new Column("Reports", Unit.COUNT)),
                List.of(), "Fewer than 10", ChartKind.BARS);
        var alone = new FigureTable("alone", "Alone", "Month", List.of(new Column("Reports", Unit.COUNT)),
                List.of(new Row("May 2026", List.of(12.0))), "Fewer than 10", ChartKind.TABLE_ONLY);

        var none = Jsoup.parse(render(ChartTexts.english(), empty, "/x.csv"));
        var table = Jsoup.parse(render(ChartTexts.english(), alone, null));

        assertThat(none.select("p").text()).isEqualTo("There are no figures to show yet.");
        assertThat(none.select("table, svg, a")).isEmpty();
        assertThat(table.select("svg, a")).isEmpty();
        assertThat(table.select("td").text()).isEqualTo("12");
    }

    @Test
    void welshPagesHaveWelshWords() {
        var page = Jsoup.parse(render(ChartTexts.welsh(), MONTHS, "/performance/received.csv"));

        assertThat(page.select("a").text()).startsWith("Lawrlwytho’r tabl hwn (CSV)");
        assertThat(page.select("tbody tr").get(0).select("td").eachText()).contains("2 funud a 5 eiliad");
    }

    static String render(Frame frame, FigureTable table, String csvUrl) {
        var params = new HashMap<String, Object>();
        params.put("frame", frame);
        params.put("table", table);
        params.put("csvUrl", csvUrl);
        var output = new StringOutput();
        TEMPLATES.render("insight/figure.jte", params, output);
        return output.toString();
    }
}
