package org.bluelamp.insight.chart;

import org.bluelamp.insight.chart.FigureTable.Column;
import org.bluelamp.insight.chart.FigureTable.Row;
import org.bluelamp.insight.chart.FigureTable.Unit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each kind of chart is well-formed SVG with its words, and draws what the table holds to scale. */
class SvgChartTest {

    private static final FigureTable CHANNELS = new FigureTable("by-channel", "Reports by channel", "Channel",
            List.of(new Column("Reports", Unit.COUNT)),
            List.of(new Row("Online report", List.of(300.0)), new Row("101 phone call", List.of(150.0)),
                    new Row("Email", Arrays.asList((Double) null)), new Row("BSL video message", List.of(30.0))),
            "Fewer than 10", ChartKind.BARS);

    @Test
    void barsAreOnePerRowWithAValueEachLongInProportionAndTheMissingOneSaidInWords() throws Exception {
        var svg = parse(SvgChart.of(CHANNELS, ChartTexts.english()));

        var root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("by-channel-title by-channel-desc");
        assertThat(byId(svg, "title", "by-channel-title").getTextContent()).isEqualTo("Reports by channel");
        assertThat(byId(svg, "desc", "by-channel-desc").getTextContent()).isEqualTo("Bar chart: Reports by channel. "
                + "One bar for each of the 4 rows of the table. The largest is Online report, at 300. "
                + "The numbers are in the table that follows.");
        var bars = classed(svg, "rect", "bluelamp-chart__bar");
        assertThat(bars).hasSize(3);
        double online = width(bars.get(0));
        assertThat(width(bars.get(1)) / online).isCloseTo(0.5, within(0.01));
        assertThat(width(bars.get(2)) / online).isCloseTo(0.1, within(0.01));
        assertThat(texts(svg)).containsSubsequence("Online report", "300", "101 phone call", "150", "Email",
                "Fewer than 10", "BSL video message", "30");
    }

    @Test
    void theScaleEndsAtARoundNumberAboveTheLargest() throws Exception {
        var table = new FigureTable("one", "One row", "Channel", List.of(new Column("Reports", Unit.COUNT)),
                List.of(new Row("Online report", List.of(1234.0))), "Fewer than 10", ChartKind.BARS);

        var bars = classed(parse(SvgChart.of(table, ChartTexts.english())), "rect", "bluelamp-chart__bar");

        // 1,234 on a scale to 1,250 (steps of 250) over the 320 units the bars have
        assertThat(bars).hasSize(1);
        assertThat(width(bars.getFirst())).isCloseTo(320 * 1234 / 1250.0, within(0.1));
        assertThat(Scale.upTo(1234, true)).isEqualTo(new Scale(1250, 250));
        assertThat(Scale.upTo(7, true)).isEqualTo(new Scale(8, 2));
        assertThat(Scale.upTo(3, true)).isEqualTo(new Scale(3, 1));
        assertThat(Scale.upTo(0, true)).isEqualTo(new Scale(5, 1));
        assertThat(Scale.upTo(95.5, false)).isEqualTo(new Scale(100, 20));
        assertThat(Scale.upTo(42, true).ticks()).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0);
    }

    @Test
    void labelsAreEscapedSoNoneBecomesMarkup() throws Exception {
        var table = new FigureTable("hostile", "<script>alert(1)</script> & co", "Label",
                List.of(new Column("\"Count\"", Unit.COUNT)),
                List.of(new Row("<b>bold</b> & 'quoted'", List.of(12.0))), "None", ChartKind.BARS);

        String markup = SvgChart.of(table, ChartTexts.english());

        assertThat(markup).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&amp; co");
        var svg = parse(markup);
        assertThat(byId(svg, "title", "hostile-title").getTextContent()).isEqualTo("<script>alert(1)</script> & co");
        assertThat(texts(svg)).contains("<b>bold</b> & 'quoted'");
    }

    @Test
    void stackedColumnsAreOnePerPeriodWithTheirPartsToScaleAndTheLegendInTheOrderTheyStack() throws Exception {
        var table = new FigureTable("months", "Reports by month", "Month",
                List.of(new Column("Online report", Unit.COUNT), new Column("101 phone call", Unit.COUNT)),
                List.of(new Row("October 2026", List.of(60.0, 40.0)),
                        new Row("November 2026", Arrays.asList(null, 50.0))),
                "Fewer than 10", ChartKind.STACKED_COLUMNS);

        var svg = parse(SvgChart.of(table, ChartTexts.english()));

        var parts = classed(svg, "rect", "bluelamp-chart__part");
        assertThat(parts).hasSize(3);
        // scale 0 to 100 over 240 units: 60 and 40 fill October's column, November's phone calls half of one
        assertThat(height(parts.get(0))).isCloseTo(144, within(0.1));
        assertThat(height(parts.get(1))).isCloseTo(96, within(0.1));
        assertThat(height(parts.get(2))).isCloseTo(120, within(0.1));
        assertThat(parts.get(0).getAttribute("fill")).isNotEqualTo(parts.get(1).getAttribute("fill"));
        assertThat(parts.get(2).getAttribute("fill")).isEqualTo(parts.get(1).getAttribute("fill"));
        assertThat(Double.parseDouble(parts.get(1).getAttribute("y")) + height(parts.get(1)))
                .as("the second part sits on the first").isCloseTo(Double.parseDouble(parts.get(0).getAttribute("y")),
                        within(0.1));
        // the top of the stack first, as the columns read from the top
        assertThat(texts(svg)).containsSubsequence("October 2026", "November 2026", "101 phone call",
                "Online report");
        assertThat(byId(svg, "desc", "months-desc").getTextContent()).contains("Online report, 101 phone call");
    }

    @Test
    void linesOfSharesRunFrom0To100AndBreakWhereAValueIsMissing() throws Exception {
        var rows = new ArrayList<Row>();
        rows.add(new Row("August 2026", Arrays.asList(20.0, 100.0)));
        rows.add(new Row("September 2026", Arrays.asList(30.0, 110.0)));
        rows.add(new Row("October 2026", Arrays.asList(null, 120.0)));
        rows.add(new Row("November 2026", Arrays.asList(50.0, 130.0)));
        var table = new FigureTable("share", "Made digitally", "Month",
                List.of(new Column("Made digitally", Unit.PERCENT), new Column("Reports", Unit.COUNT)), rows,
                "Fewer than 10", ChartKind.LINES);

        var svg = parse(SvgChart.of(table, ChartTexts.english()));

        var lines = classed(svg, "polyline", "bluelamp-chart__line");
        assertThat(lines).as("one line of shares, broken at October; the counts are in the table only").hasSize(2);
        assertThat(lines.get(0).getAttribute("points").split(" ")).hasSize(2);
        assertThat(texts(svg)).contains("0%", "20%", "100%").doesNotContain("110");
        // 50% is half-way up the 240 units below the top at 12
        String last = lines.get(1).getAttribute("points");
        assertThat(Double.parseDouble(last.substring(last.indexOf(',') + 1))).isCloseTo(12 + 120, within(0.1));
    }

    @Test
    void aHeatMapShadesEachHourOfEachDayAndSaysTheRangeOfEachShade() throws Exception {
        var columns = IntStream.range(0, 24).mapToObj(hour -> new Column("%02d:00".formatted(hour), Unit.COUNT))
                .toList();
        var days = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        var rows = new ArrayList<Row>();
        for (int day = 0; day < 7; day++) {
            var values = new ArrayList<Double>();
            for (int hour = 0; hour < 24; hour++) {
                values.add(day == 6 ? null : Double.valueOf(day == 0 && hour == 9 ? 40 : hour));
            }
            rows.add(new Row(days.get(day), values));
        }
        var table = new FigureTable("hours", "Reports by hour", "Day", columns, rows, "None", ChartKind.HEAT_MAP);

        var svg = parse(SvgChart.of(table, ChartTexts.english()));

        var cells = classed(svg, "rect", "bluelamp-chart__cell");
        assertThat(cells).hasSize(7 * 24);
        assertThat(cells.get(9).getAttribute("fill")).isEqualTo(HeatMap.SHADES.get(4));
        assertThat(cells.get(24).getAttribute("fill")).as("Tuesday at midnight: none").isEqualTo(HeatMap.SHADES.get(0));
        assertThat(cells.get(24 + 5).getAttribute("fill")).as("5 of 40").isEqualTo(HeatMap.SHADES.get(1));
        assertThat(cells.get(6 * 24).getAttribute("fill")).as("no value").isEqualTo("#ffffff");
        assertThat(texts(svg)).contains("0", "1 to 10", "11 to 20", "21 to 30", "31 to 40", "Monday", "00:00");
    }

    @Test
    void anEmptyTableATableOfNothingButGapsAndATableAloneDrawNothing() {
        var empty = new FigureTable("none", "Nothing", "Month", List.of(new Column("Reports", Unit.COUNT)),
                List.of(), "Fewer than 10", ChartKind.BARS);
        var gaps = new FigureTable("gaps", "Gaps", "Month", List.of(new Column("Reports", Unit.COUNT)),
                List.of(new Row("May", Arrays.asList((Double) null))), "Fewer than 10", ChartKind.LINES);
        var alone = new FigureTable("alone", "Alone", "Month", List.of(new Column("Reports", Unit.COUNT)),
                List.of(new Row("May", List.of(4.0))), "Fewer than 10", ChartKind.TABLE_ONLY);
        var tooMany = new FigureTable("days", "Days", "Day", List.of(new Column("Reports", Unit.COUNT)),
                IntStream.range(0, SvgChart.MOST_ROWS + 1).mapToObj(day -> new Row("day " + day, List.of(1.0)))
                        .toList(), "None", ChartKind.LINES);

        for (var table : List.of(empty, gaps, alone, tooMany)) {
            assertThat(SvgChart.draws(table)).as(table.name()).isFalse();
            assertThat(SvgChart.of(table, ChartTexts.english())).as(table.name()).isEmpty();
        }
    }

    @Test
    void aSingleRowOfEachKindIsDrawn() throws Exception {
        for (var kind : List.of(ChartKind.BARS, ChartKind.STACKED_COLUMNS, ChartKind.LINES, ChartKind.HEAT_MAP)) {
            var table = new FigureTable("single", "One", "Month", List.of(new Column("Reports", Unit.COUNT)),
                    List.of(new Row("May 2026", List.of(0.0))), "Fewer than 10", kind);

            var svg = parse(SvgChart.of(table, ChartTexts.english()));

            assertThat(texts(svg)).as(kind.name()).contains("May 2026");
        }
        var line = new FigureTable("point", "One", "Month", List.of(new Column("Made digitally", Unit.PERCENT)),
                List.of(new Row("May 2026", List.of(40.0))), "Fewer than 10", ChartKind.LINES);
        assertThat(parse(SvgChart.of(line, ChartTexts.english())).getElementsByTagName("circle").getLength())
                .as("a single value is a dot").isEqualTo(1);
    }

    @Test
    void theWordsAreInThePagesLanguage() throws Exception {
        var svg = parse(SvgChart.of(CHANNELS, ChartTexts.welsh()));

        assertThat(byId(svg, "desc", "by-channel-desc").getTextContent()).startsWith("Siart bar: Reports by channel.")
                .endsWith("Mae’r rhifau yn y tabl sy’n dilyn.");
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static Element byId(Document svg, String tag, String id) {
        var found = svg.getElementsByTagName(tag);
        for (int i = 0; i < found.getLength(); i++) {
            var element = (Element) found.item(i);
            if (element.getAttribute("id").equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no " + tag + " with id " + id);
    }

    private static List<Element> classed(Document svg, String tag, String name) {
        var found = svg.getElementsByTagName(tag);
        var elements = new ArrayList<Element>();
        for (int i = 0; i < found.getLength(); i++) {
            var element = (Element) found.item(i);
            if (element.getAttribute("class").equals(name)) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<String> texts(Document svg) {
        var found = svg.getElementsByTagName("text");
        return IntStream.range(0, found.getLength()).mapToObj(i -> found.item(i).getTextContent()).toList();
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.getAttribute("width"));
    }

    private static double height(Element rect) {
        return Double.parseDouble(rect.getAttribute("height"));
    }
}
