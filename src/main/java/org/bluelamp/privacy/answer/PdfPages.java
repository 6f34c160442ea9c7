package org.bluelamp.privacy.answer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Writes paragraphs down A4 pages: words wrap at the margin, words too long for a line are broken, and a new page
 * starts when one is full. A paragraph is made of runs of text and redaction marks; a mark is a black box with a
 * short white label, and the text it replaces is never given to this class.
 */
final class PdfPages implements AutoCloseable {

    /** Liberation Sans, which PDFBox carries: it draws Welsh letters (ŵ, ŷ, â) and typographic quotes. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float FOOTER = 32;
    private static final float LEADING = 1.35f;
    private static final float BOX_PADDING = 2;
    static final Color GREY = new Color(80, 80, 80);

    sealed interface Run permits Text, Mark {
    }

    /** Text shown as it is; a line break in it starts a new line. */
    record Text(String text) implements Run {
    }

    /** A redaction: only its label, such as "[redacted: 1]", is written. */
    record Mark(String label) implements Run {
    }

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final float width;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document) {
        this.document = document;
        try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font " + FONT + " is missing");
            }
            this.font = PDType0Font.load(document, in); // embedded as a subset of the letters used
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        newPage();
    }

    void paragraph(String text, float size) {
        paragraph(List.of(new Text(text)), size, 0, Color.BLACK);
    }

    void paragraph(String text, float size, Color colour) {
        paragraph(List.of(new Text(text)), size, 0, colour);
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page unless this much room is left, so a heading is not left alone at the foot of a page. */
    void keepRoom(float points) {
        if (y - points < MARGIN + FOOTER) {
            newPage();
        }
    }

    void paragraph(List<Run> runs, float size, float indent, Color colour) {
        var line = new Line(size, indent, colour);
        for (Word word : words(runs)) {
            if (word.lineBreak()) {
                line = line.flush();
                continue;
            }
            float wordWidth = width(word.text(), size) + (word.mark() ? 2 * BOX_PADDING : 0);
            float gap = line.isEmpty() || !word.spaceBefore() ? 0 : width(" ", size);
            if (!line.isEmpty() && line.x + gap + wordWidth > width - indent) {
                line = line.flush();
                gap = 0;
            }
            if (!word.mark() && wordWidth > width - indent) {
                line = placeTooLong(line, word.text(), size, indent);
                continue;
            }
            line.add(word, gap, wordWidth);
        }
        line.flush();
    }

    /** A word wider than the line (a long link, say) is broken wherever it reaches the margin. */
    private Line placeTooLong(Line line, String text, float size, float indent) {
        var part = new StringBuilder();
        float partWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            float letter = width(Character.toString(codePoint), size); // widths add up: no kerning is applied
            if (partWidth + letter > width - indent - line.x && !part.isEmpty()) {
                line.add(new Word(part.toString(), false, false, false), 0, partWidth);
                line = line.flush();
                part.setLength(0);
                partWidth = 0;
            }
            part.appendCodePoint(codePoint);
            partWidth += letter;
        }
        line.add(new Word(part.toString(), false, false, false), 0, partWidth);
        return line;
    }

    private record Word(String text, boolean mark, boolean spaceBefore, boolean lineBreak) {
    }

    /** What a line writes: text from x, or a mark's label on a black box of boxWidth. */
    private record Piece(String text, float x, float boxWidth, boolean mark) {
    }

    /** Runs as words, each knowing whether a space came before it; a mark is one unbreakable word. */
    private List<Word> words(List<Run> runs) {
        var words = new ArrayList<Word>();
        boolean space = false;
        for (Run run : runs) {
            if (run instanceof Mark mark) {
                words.add(new Word(drawable(mark.label()), true, space, false));
                space = false;
                continue;
            }
            String text = ((Text) run).text().replace("\r\n", "\n").replace('\r', '\n');
            var word = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c == '\n' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (!word.isEmpty()) {
                        words.add(new Word(drawable(word.toString()), false, space, false));
                        word.setLength(0);
                    }
                    space = true;
                    if (c == '\n') {
                        words.add(new Word("", false, false, true));
                        space = false;
                    }
                } else {
                    word.appendCodePoint(c);
                }
            }
            if (!word.isEmpty()) {
                words.add(new Word(drawable(word.toString()), false, space, false));
                space = false;
            }
        }
        return words;
    }

    /** The text with anything the font cannot draw, or that is not for drawing, replaced by a question mark. */
    String drawable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return; // control and direction marks: nothing to draw
            }
            out.appendCodePoint(drawable.computeIfAbsent(c, this::canDraw) ? c : '?');
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line being filled: its pieces are written together when it is full. */
    private final class Line {
        private final float size;
        private final float indent;
        private final Color colour;
        private final List<Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float textX;
        private float x;

        Line(float size, float indent, Color colour) {
            this.size = size;
            this.indent = indent;
            this.colour = colour;
        }

        boolean isEmpty() {
            return pieces.isEmpty() && text.isEmpty();
        }

        void add(Word word, float gap, float wordWidth) {
            if (word.mark()) {
                endText();
                pieces.add(new Piece(word.text(), x + gap, wordWidth, true));
            } else if (text.isEmpty()) {
                textX = x + gap;
                text.append(word.text());
            } else {
                text.append(gap > 0 ? " " : "").append(word.text());
            }
            x += gap + wordWidth;
        }

        private void endText() {
            if (!text.isEmpty()) {
                pieces.add(new Piece(text.toString(), textX, 0, false));
                text.setLength(0);
            }
        }

        /** Writes the line, moving to a new page first if it does not fit, and gives the next line. */
        Line flush() {
            endText();
            float height = size * LEADING;
            if (y - height < MARGIN + FOOTER) {
                newPage();
            }
            y -= height;
            float baseline = y + (height - size) / 2 + size * 0.2f;
            try {
                for (Piece piece : pieces) {
                    float left = MARGIN + indent + piece.x();
                    if (piece.mark()) {
                        content.setNonStrokingColor(Color.BLACK);
                        content.addRect(left, baseline - size * 0.25f, piece.boxWidth(), size * 1.15f);
                        content.fill();
                        write(piece.text(), left + BOX_PADDING, baseline, Color.WHITE);
                    } else {
                        write(piece.text(), left, baseline, colour);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Line(size, indent, colour);
        }

        private void write(String words, float left, float baseline, Color in) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(in);
            content.newLineAtOffset(left, baseline);
            content.showText(words);
            content.endText();
        }
    }

    private void newPage() {
        closeContent();
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Writes "Page 1 of 3" at the foot of every page, once all are made. */
    void number(BiFunction<Integer, Integer, String> footer) {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (var foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                foot.beginText();
                foot.setFont(font, 9);
                foot.setNonStrokingColor(GREY);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(drawable(footer.apply(i + 1, pages)));
                foot.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        closeContent();
    }
}
