package org.bluelamp.platform.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF read back as assistive technology reads it: its structure tree, element by element in reading order, with
 * the words each element's marked content holds on the pages. Checks what PDF/UA asks of the file as a whole.
 */
public final class TaggedPdf {

    /** A structure element: its type ("H1", "P", "TH"...), its words, its alternative text if any. */
    public record Element(String type, String text, String alt) {
    }

    private final List<Element> elements = new ArrayList<>();
    private final PDDocument document;
    private final Map<String, String> markedText = new HashMap<>();

    private TaggedPdf(PDDocument document) throws IOException {
        this.document = document;
        for (PDPage page : document.getPages()) {
            var extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent marked : extractor.getMarkedContents()) {
                collect(page, marked);
            }
        }
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        assertThat(root).as("a structure tree").isNotNull();
        for (Object kid : root.getKids()) {
            walk((PDStructureElement) kid);
        }
    }

    /** Reads, checks the whole file against PDF/UA's document-level rules, and gives the elements. */
    public static TaggedPdf read(byte[] pdf, String title, String language) {
        try (var document = Loader.loadPDF(pdf)) {
            var tagged = new TaggedPdf(document);
            tagged.assertAccessibleDocument(title, language);
            return tagged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every element in reading order, the Document first. */
    public List<Element> elements() {
        return elements;
    }

    /** Only the types, in reading order, without the Document. */
    public List<String> types() {
        return elements.stream().skip(1).map(Element::type).toList();
    }

    private void collect(PDPage page, PDMarkedContent marked) {
        if (marked.getMCID() >= 0) {
            var text = new StringBuilder();
            for (Object content : marked.getContents()) {
                if (content instanceof TextPosition position) {
                    text.append(position.getUnicode());
                }
            }
            markedText.merge(key(page, marked.getMCID()), text.toString(), String::concat);
        }
        for (Object content : marked.getContents()) {
            if (content instanceof PDMarkedContent inner) {
                collect(page, inner);
            }
        }
    }

    private String key(PDPage page, int mcid) {
        return document.getPages().indexOf(page) + "/" + mcid;
    }

    private void walk(PDStructureElement element) {
        var text = new StringBuilder();
        int at = elements.size();
        elements.add(null);
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                walk(child);
            } else if (kid instanceof PDMarkedContentReference reference) {
                String words = markedText.get(key(reference.getPage(), reference.getMCID()));
                assertThat(words).as("marked content %d of a %s is on its page", reference.getMCID(),
                        element.getStructureType()).isNotNull();
                text.append(text.isEmpty() ? "" : " ").append(words);
            }
        }
        elements.set(at, new Element(element.getStructureType(), text.toString(), element.getAlternateDescription()));
    }

    private void assertAccessibleDocument(String title, String language) throws IOException {
        var catalog = document.getDocumentCatalog();
        assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).as("/MarkInfo /Marked").isTrue();
        assertThat(catalog.getLanguage()).as("/Lang").isEqualTo(language);
        assertThat(document.getDocumentInformation().getTitle()).as("title").isEqualTo(title);
        assertThat(catalog.getViewerPreferences().getCOSObject().getBoolean(COSName.getPDFName("DisplayDocTitle"),
                false)).as("DisplayDocTitle").isTrue();
        String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertThat(xmp).as("PDF/UA identification").contains("<pdfuaid:part>1</pdfuaid:part>").contains(title);
        assertThat(elements.getFirst().type()).isEqualTo("Document");
        assertThat(elements).as("every figure has alternative text")
                .filteredOn(element -> element.type().equals("Figure"))
                .allSatisfy(figure -> assertThat(figure.alt()).isNotBlank());
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                var font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
            }
            assertThat(page.getStructParents()).as("each page leads to the parent tree").isGreaterThanOrEqualTo(0);
        }
        assertThat(catalog.getStructureTreeRoot().getParentTree()).as("parent tree").isNotNull();
    }
}
