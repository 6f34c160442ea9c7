package org.bluelamp.insight.chart;

import java.util.List;
import java.util.Locale;

/** The markup of a chart, written a shape at a time; every word is escaped here, so no label can become markup. */
final class Svg {

    /** The chart's width in its own units; it is scaled to the page's width by its viewBox. */
    static final int WIDTH = 680;
    static final String TEXT = "#0b0c0c";
    static final String GRID = "#b1b4b6";
    static final String AXIS = "#505a5f";
    /**
     * Each at least 3:1 against white (WCAG 1.4.11, checked by ChartColoursTest), neighbours unalike in hue and
     * lightness; shapes are also divided by white lines and named by a legend in the same order.
     */
    static final List<String> COLOURS = List.of("#1d70b8", "#b35a00", "#00703c", "#912b88", "#0b0c0c", "#d4351c",
            "#4c2c92", "#28a197", "#505a5f");

    private final StringBuilder out = new StringBuilder();

    static String colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    static String escape(String words) {
        if (words == null) {
            return "";
        }
        var escaped = new StringBuilder(words.length());
        for (char c : words.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // control characters are not allowed in XML 1.0; a label with one loses it
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    /** The text cut to a length a chart has room for, with an ellipsis; the table beside it has it whole. */
    static String shortened(String words, int characters) {
        if (words == null || words.length() <= characters) {
            return words;
        }
        return words.substring(0, Math.max(1, characters - 1)).stripTrailing() + "\u2026";
    }

    Svg rect(double x, double y, double width, double height, String fill, String extra) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"")
                .append(fill).append('"').append(extra).append("/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, String extra) {
        out.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(stroke)
                .append('"').append(extra).append("/>");
        return this;
    }

    /** @param anchor start, middle or end */
    Svg text(double x, double y, String anchor, String words, String extra) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append('"').append(extra).append('>').append(escape(words)).append("</text>");
        return this;
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
