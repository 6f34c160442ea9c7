package org.bluelamp.insight.chart;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FigureTable} as CSV (RFC 4180): a header row of the row heading and the column headings, then a line per
 * row with its label and its numbers as a spreadsheet reads them (1234, 87.5: no separators, no units), an empty
 * cell where a value is missing.
 */
public final class CsvTable {

    private CsvTable() {
    }

    public static void write(FigureTable table, Writer out) throws IOException {
        var header = new ArrayList<String>();
        header.add(cell(table.rowHeading()));
        table.columns().forEach(column -> header.add(cell(column.heading())));
        line(header, out);
        for (var row : table.rows()) {
            var cells = new ArrayList<String>();
            cells.add(cell(row.label()));
            for (int column = 0; column < table.columns().size(); column++) {
                cells.add(number(row.value(column)));
            }
            line(cells, out);
        }
    }

    /** The table as a download named after it ({@code name}.csv), with a byte order mark so Excel reads Welsh right. */
    public static ResponseEntity<byte[]> download(FigureTable table) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(table.name() + ".csv").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @param cells each written already: quoted words or a number */
    private static void line(List<String> cells, Writer out) throws IOException {
        out.write(String.join(",", cells));
        out.write("\r\n");
    }

    /**
     * A cell quoted when it holds a comma, a quote or a line break. Words that a spreadsheet would take for a formula
     * (starting = + - @, a tab or a carriage return) get a leading apostrophe first, as OWASP advises: labels may come
     * from configuration or from what people typed. Numbers are written by {@link #number}, unquoted.
     */
    static String cell(String words) {
        if (words == null) {
            return "";
        }
        String safe = !words.isEmpty() && "=+-@\t\r".indexOf(words.charAt(0)) >= 0 ? "'" + words : words;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** At most two decimal places, none when whole: 1234, 87.5, 0.33. */
    static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
