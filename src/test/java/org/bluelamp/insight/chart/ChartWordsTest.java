package org.bluelamp.insight.chart;

import org.bluelamp.insight.chart.FigureTable.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures are written by their unit, in the page's language. */
class ChartWordsTest {

    @Test
    void countsHaveThousandsSeparatorsAndSharesOneDecimal() {
        var english = ChartTexts.english();

        assertThat(FigureWords.of(1234567.0, Unit.COUNT, english)).isEqualTo("1,234,567");
        assertThat(FigureWords.of(9.0, Unit.COUNT, english)).isEqualTo("9");
        assertThat(FigureWords.of(87.46, Unit.PERCENT, english)).isEqualTo("87.5%");
        assertThat(FigureWords.of(100.0, Unit.PERCENT, english)).isEqualTo("100.0%");
        assertThat(FigureWords.of(null, Unit.COUNT, english)).isNull();
    }

    @Test
    void timesAreInWordsToTheSecondWhenShortAndToTheMinuteWhenLong() {
        var english = ChartTexts.english();

        assertThat(FigureWords.of(0.0, Unit.SECONDS, english)).isEqualTo("0 seconds");
        assertThat(FigureWords.of(1.0, Unit.SECONDS, english)).isEqualTo("1 second");
        assertThat(FigureWords.of(45.4, Unit.SECONDS, english)).isEqualTo("45 seconds");
        assertThat(FigureWords.of(60.0, Unit.SECONDS, english)).isEqualTo("1 minute");
        assertThat(FigureWords.of(125.0, Unit.SECONDS, english)).isEqualTo("2 minutes and 5 seconds");
        assertThat(FigureWords.of(3600.0 + 300 + 59, Unit.SECONDS, english)).isEqualTo("1 hour and 5 minutes");
        assertThat(FigureWords.of(2 * 86400.0, Unit.SECONDS, english)).isEqualTo("48 hours");
    }

    @Test
    void welshWritesItsOwnWords() {
        var welsh = ChartTexts.welsh();

        assertThat(FigureWords.of(1234.0, Unit.COUNT, welsh)).isEqualTo("1,234");
        assertThat(FigureWords.of(125.0, Unit.SECONDS, welsh)).isEqualTo("2 funud a 5 eiliad");
        assertThat(FigureWords.of(3600.0, Unit.SECONDS, welsh)).isEqualTo("1 awr");
    }

    @Test
    void aMissingCellHasItsOwnWordsOrElseTheTables() {
        var table = new FigureTable("t", "T", "Month", java.util.List.of(
                new FigureTable.Column("A", Unit.COUNT), new FigureTable.Column("B", Unit.COUNT)),
                java.util.List.of(), "Fewer than 10", ChartKind.BARS);
        var row = new FigureTable.Row("May", java.util.Arrays.asList(null, null),
                java.util.Arrays.asList(null, "Withheld"));

        assertThat(FigureWords.cell(table, row, 0, ChartTexts.english())).isEqualTo("Fewer than 10");
        assertThat(FigureWords.cell(table, row, 1, ChartTexts.english())).isEqualTo("Withheld");
    }
}
