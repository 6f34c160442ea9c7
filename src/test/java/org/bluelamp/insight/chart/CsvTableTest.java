package org.bluelamp.insight.chart;

import org.bluelamp.insight.chart.FigureTable.Column;
import org.bluelamp.insight.chart.FigureTable.Row;
import org.bluelamp.insight.chart.FigureTable.Unit;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV a spreadsheet opens: RFC 4180, raw numbers, empty gaps, and no label run as a formula. */
class CsvTableTest {

    @Test
    void aHeaderThenALinePerRowWithRawNumbersAndEmptyCellsForMissingValues() throws Exception {
        var table = new FigureTable("share", "Made digitally", "Month",
                List.of(new Column("Reports", Unit.COUNT), new Column("Made digitally", Unit.PERCENT),
                        new Column("Average time", Unit.SECONDS)),
                List.of(new Row("October 2026", List.of(1234.0, 87.5, 125.0)),
                        new Row("November 2026", Arrays.asList(null, 100.0 / 3, 0.0))),
                "Fewer than 10", ChartKind.LINES);

        assertThat(csv(table)).isEqualTo("""
                Month,Reports,Made digitally,Average time\r
                October 2026,1234,87.5,125\r
                November 2026,,33.33,0\r
                """);
    }

    @Test
    void wordsWithCommasQuotesAndLineBreaksAreQuoted() throws Exception {
        var table = new FigureTable("outcomes", "Outcomes", "Outcome, as closed",
                List.of(new Column("Said \"no\"", Unit.COUNT)),
                List.of(new Row("Advice given,\nno further action", List.of(12.0))), "None", ChartKind.BARS);

        assertThat(csv(table)).isEqualTo("\"Outcome, as closed\",\"Said \"\"no\"\"\"\r\n"
                + "\"Advice given,\nno further action\",12\r\n");
    }

    @Test
    void aLabelASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        var rows = List.of("=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "\tTab", "\rReturn", "Safe = fine")
                .stream().map(label -> new Row(label, List.of(1.0))).toList();
        var table = new FigureTable("hostile", "Hostile", "=cmd", List.of(new Column("@count", Unit.COUNT)), rows,
                "None", ChartKind.BARS);

        assertThat(csv(table).split("\r\n", -1)).containsExactly("'=cmd,'@count",
                "\"'=HYPERLINK(\"\"http://evil\"\")\",1", "'+1,1", "'-2,1", "'@SUM(A1),1", "'\tTab,1",
                "\"'\rReturn\",1", "Safe = fine,1", "");
    }

    @Test
    void theDownloadIsUtf8CsvNamedAfterTheTableWithAByteOrderMark() {
        var table = new FigureTable("received-by-channel", "Reports", "Mis",
                List.of(new Column("Galwad ffôn 101", Unit.COUNT)), List.of(new Row("Tachwedd 2026", List.of(12.0))),
                "Llai na 10", ChartKind.BARS);

        var response = CsvTable.download(table);

        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("received-by-channel.csv");
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFMis,Galwad ffôn 101\r\nTachwedd 2026,12\r\n");
    }

    private static String csv(FigureTable table) throws Exception {
        var out = new StringWriter();
        CsvTable.write(table, out);
        return out.toString();
    }
}
