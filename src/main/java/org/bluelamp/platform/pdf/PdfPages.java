package org.bluelamp.platform.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Writes paragraphs down A4 pages: words wrap at the margin, words too long for a line are broken, and a new page
 * starts when one is full. A paragraph is made of runs of text and redaction marks; a mark is a black box with a
 * short white label, and the text it replaces is never given to this class.
 * <p>
 * The PDF is tagged for PDF/UA (ISO 14289-1): every heading, paragraph, list item and table cell is a structure
 * element under one Document element, in the order written, which is the reading order; what is only decoration
 * (page numbers, the black of a redaction box) is an artifact. The document carries its title (shown in place of the
 * file name), its language and the PDF/UA identification in its XMP metadata, and its one font is embedded.
 */
public final class PdfPages implements AutoCloseable {

    /** Liberation Sans, which PDFBox carries: it draws Welsh letters (ŵ, ŷ, â) and typographic quotes. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float FOOTER = 32;
    private static final float LEADING = 1.35f;
    private static final float BOX_PADDING = 2;
    public static final Color GREY = new Color(80, 80, 80);

    public sealed interface Run permits Text, Mark {
    }

    /** Text shown as it is; a line break in it starts a new line. */
    public record Text(String text) implements Run {
    }

    /** A redaction: only its label, such as "[redacted: 1]", is written. */
    public record Mark(String label) implements Run {
    }

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final float width;
    private final PDStructureElement documentElement;
    /** For each page, the structure element of each marked-content id on it: the PDF's parent tree. */
    private final List<COSArray> parents = new ArrayList<>();
    private PDStructureElement container;
    private PDStructureElement row;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    /**
     * @param title    the document's title, shown by readers in place of the file name
     * @param language the language tag of the words, such as "en-GB" or "cy"
     */
    public PdfPages(PDDocument document, String title, String language) {
        this.document = document;
        this.documentElement = describe(document, title, language);
        this.container = documentElement;
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

    public void paragraph(String text, float size) {
        paragraph(List.of(new Text(text)), size, 0, Color.BLACK);
    }

    public void paragraph(String text, float size, Color colour) {
        paragraph(List.of(new Text(text)), size, 0, colour);
    }

    /** A heading of a level from 1 (the document's title) to 6. */
    public void heading(int level, String text, float size) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("A heading's level is 1 to 6, not " + level);
        }
        write("H" + level, List.of(new Text(text)), size, 0, Color.BLACK);
    }

    /** Starts a list: each {@link #listItem} is an item of it until {@link #endList}. */
    public void startList() {
        container = child(StandardStructureTypes.L, documentElement);
    }

    /** An item of the list: a label ("1.", a bullet) and its words, read as one item. */
    public void listItem(String label, List<Run> body, float size) {
        var item = child(StandardStructureTypes.LI, container);
        var runs = new ArrayList<Run>();
        runs.add(new Text(label + " "));
        runs.addAll(body);
        writeInto(child(StandardStructureTypes.L_BODY, item), runs, size, 0, Color.BLACK);
    }

    public void endList() {
        container = documentElement;
    }

    /**
     * Starts a table of rows, each a header cell (what) and a data cell (the answer). The header is written above
     * its answer, which is indented, so that long answers read well on a narrow page; the tags make them a table.
     */
    public void startTable() {
        container = child(StandardStructureTypes.TABLE, documentElement);
    }

    public void tableRow(String header, List<String> values, float size) {
        row = child(StandardStructureTypes.TR, container);
        var th = child(StandardStructureTypes.TH, row);
        var attributes = new org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject();
        attributes.setScope(org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject.SCOPE_ROW);
        th.addAttribute(attributes);
        writeInto(th, List.of(new Text(header)), size, 0, GREY);
        writeInto(child(StandardStructureTypes.TD, row), List.of(new Text(String.join("\n", values))), size, 14,
                Color.BLACK);
        row = null;
    }

    public void endTable() {
        container = documentElement;
    }

    public void space(float points) {
        y -= points;
    }

    /** Starts a new page unless this much room is left, so a heading is not left alone at the foot of a page. */
    public void keepRoom(float points) {
        if (y - points < MARGIN + FOOTER) {
            newPage();
        }
    }

    public void paragraph(List<Run> runs, float size, float indent, Color colour) {
        write(StandardStructureTypes.P, runs, size, indent, colour);
    }

    private void write(String type, List<Run> runs, float size, float indent, Color colour) {
        writeInto(child(type, container), runs, size, indent, colour);
    }

    private void writeInto(PDStructureElement element, List<Run> runs, float size, float indent, Color colour) {
        var line = new Line(element, size, indent, colour);
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
    public String drawable(String text) {
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
        private final PDStructureElement element;
        private final float size;
        private final float indent;
        private final Color colour;
        private final List<Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float textX;
        private float x;

        Line(PDStructureElement element, float size, float indent, Color colour) {
            this.element = element;
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
                        content.beginMarkedContent(COSName.ARTIFACT);
                        content.setNonStrokingColor(Color.BLACK);
                        content.addRect(left, baseline - size * 0.25f, piece.boxWidth(), size * 1.15f);
                        content.fill();
                        content.endMarkedContent();
                        write(piece.text(), left + BOX_PADDING, baseline, Color.WHITE);
                    } else {
                        write(piece.text(), left, baseline, colour);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Line(element, size, indent, colour);
        }

        private void write(String words, float left, float baseline, Color in) throws IOException {
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), markedContent(element));
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(in);
            content.newLineAtOffset(left, baseline);
            content.showText(words);
            content.endText();
            content.endMarkedContent();
        }
    }

    private void newPage() {
        closeContent();
        page = new PDPage(PDRectangle.A4);
        page.setStructParents(parents.size());
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S"); // keyboard order follows the structure
        parents.add(new COSArray());
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Writes "Page 1 of 3" at the foot of every page, once all are made. */
    public void number(BiFunction<Integer, Integer, String> footer) {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (var foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                var pagination = new COSDictionary();
                pagination.setName(COSName.TYPE, "Pagination");
                foot.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(pagination));
                foot.beginText();
                foot.setFont(font, 9);
                foot.setNonStrokingColor(GREY);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(drawable(footer.apply(i + 1, pages)));
                foot.endText();
                foot.endMarkedContent();
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

    /** Ends the last page and writes the parent tree, which leads from each marked piece of a page to its element. */
    @Override
    public void close() {
        closeContent();
        var tree = new PDNumberTreeNode(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue.class);
        var numbers = new java.util.LinkedHashMap<Integer, COSArray>();
        for (int i = 0; i < parents.size(); i++) {
            numbers.put(i, parents.get(i));
        }
        tree.setNumbers(numbers);
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        root.setParentTree(tree);
        root.setParentTreeNextKey(parents.size());
    }

    private PDStructureElement child(String type, PDStructureElement parent) {
        var element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    /** The next marked-content id on this page, given to the element, which gets a reference to it. */
    private PDPropertyList markedContent(PDStructureElement element) {
        COSArray onPage = parents.getLast();
        int id = onPage.size();
        onPage.add(element);
        var reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(id);
        element.appendKid(reference);
        var properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        return PDPropertyList.create(properties);
    }

    /** Title, language, structure root and PDF/UA identification: what makes the file accessible, not its pages. */
    private static PDStructureElement describe(PDDocument document, String title, String language) {
        var information = new PDDocumentInformation();
        information.setTitle(title);
        document.setDocumentInformation(information);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        var marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        var root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        var documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        documentElement.setLanguage(language);
        root.appendKid(documentElement);
        try {
            var metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(title, language).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documentElement;
    }

    private static String xmp(String title, String language) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                    <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                        xmlns:dc="http://purl.org/dc/elements/1.1/">
                      <pdfuaid:part>1</pdfuaid:part>
                      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                      <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                    </rdf:Description>
                  </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title), escape(language));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
