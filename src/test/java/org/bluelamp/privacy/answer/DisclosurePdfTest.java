package org.bluelamp.privacy.answer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.pdf.TaggedPdf;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bluelamp.privacy.answer.Disclosures.CRIME;
import static org.bluelamp.privacy.answer.Disclosures.REDACTED;
import static org.bluelamp.privacy.answer.Disclosures.THIRD_PARTY;

/** The answer as a PDF: readable, every shown word there, every redacted word nowhere in the file. */
class DisclosurePdfTest {

    private final DisclosurePdf writer = new DisclosurePdf();

    @Test
    void theAnswerShowsItsHeadingRecordsAndRefusals() throws IOException {
        String text = text(writer.write(Disclosures.aCrimeReport()));

        assertThat(text).contains("Bluelamp Police", "Your personal information", "Request reference: LP-2026-0042",
                "For: Siân Ŵyn Jones", "Date answered: 25 November 2026", "Report of criminal damage",
                "Crime report, reference CR-1234", "Date: 3 July 2026 at 3:05pm", "What happened:",
                "My neighbour", "smashed the window.", "run off.", "Your message to us",
                "What we have not given you, and why", Disclosures.WITHHELD, "Why: " + Disclosures.WITHHELD_BECAUSE,
                "Page 1 of 1");
    }

    @Test
    void redactedTextIsNotInTheFileButItsMarkAndReasonAre() throws IOException {
        byte[] pdf = writer.write(Disclosures.aCrimeReport());
        String text = text(pdf);

        for (String redacted : REDACTED) {
            assertThat(text.toLowerCase(Locale.UK)).as(redacted).doesNotContain(redacted.toLowerCase(Locale.UK));
            for (String variant : List.of(redacted, redacted.toUpperCase(Locale.UK), redacted.toLowerCase(Locale.UK))) {
                assertThat(new String(pdf, ISO_8859_1)).doesNotContain(variant)
                        .doesNotContain(new String(variant.getBytes(UTF_16BE), ISO_8859_1));
            }
        }
        assertThat(text).doesNotContain("Gareth", "Oakfield");
        assertThat(text).contains("[redacted: 1]", "[redacted: 2]", "Why we removed some information",
                "1. " + THIRD_PARTY, "2. " + CRIME, "Intelligence", "links this to the", ", as before.");
    }

    @Test
    void welshLettersAndTypographicQuotesRoundTrip() throws IOException {
        String text = text(writer.write(Disclosures.aCrimeReport()));

        assertThat(text).contains(Disclosures.WELSH_PLACE, "Officer’s notes");
    }

    @Test
    void lettersTheFontCannotDrawAreReplacedNotFatal() throws IOException {
        assertThat(text(writer.write(Disclosures.aCrimeReport()))).contains("A police car ? came; ?? spoke to me");
    }

    @Test
    void aLongAnswerRunsOverSeveralPagesWithEveryLine() throws IOException {
        var disclosure = Disclosures.aLongOne();
        byte[] pdf = writer.write(disclosure);

        try (var document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            for (var section : disclosure.sections().subList(0, 40)) {
                assertThat(text).contains(section.title());
                for (var line : section.lines()) {
                    String value = line.value();
                    assertThat(text).contains(value.substring(value.lastIndexOf(' ') + 1));
                }
            }
            assertThat(text.replaceAll("\\s", "")).as("a word too long for a line is broken, not lost")
                    .contains("https://example.org/" + "a".repeat(400) + "/end-of-link");
            assertThat(text).contains("Page " + pages + " of " + pages, "Date answered: 1 July 2026");
        }
    }

    @Test
    void theFileSaysWhatItIsButNotWhoItIsAboutOrWhoMadeIt() throws IOException {
        try (var document = Loader.loadPDF(writer.write(Disclosures.aCrimeReport()))) {
            var information = document.getDocumentInformation();
            assertThat(information.getTitle()).isEqualTo("Subject access request LP-2026-0042");
            assertThat(information.getAuthor()).isNull();
            assertThat(information.getProducer()).isNull();
            assertThat(information.getCreator()).isNull();
            assertThat(information.getSubject()).isNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void anAnswerToARequestMadeInWelshIsWelshThroughoutAndSaysSo() throws IOException {
        byte[] pdf = writer.write(Disclosures.aCrimeReport(new Language("cy")));

        assertThat(text(pdf)).contains("Eich gwybodaeth bersonol", "Cyfeirnod y cais: LP-2026-0042",
                "Ar gyfer: Siân Ŵyn Jones", "Dyddiad ateb: 25 Tachwedd 2026", "Crime report, cyfeirnod CR-1234",
                "Dyddiad: 3 Gorffennaf 2026 am 3:05pm", "[wedi'i dynnu: 1]",
                "Pam rydyn ni wedi tynnu rhywfaint o wybodaeth", "Pam: " + Disclosures.WITHHELD_BECAUSE,
                "Tudalen 1 o 1").doesNotContain("Your personal information", "Date answered", "[redacted", "Page 1");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cy");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Cais gwrthrych am wybodaeth LP-2026-0042");
        }
    }

    /** PDF/UA: a screen reader meets the headings, paragraphs and list of reasons in the order they are printed. */
    @Test
    void theAnswerIsATaggedPdfWhoseStructureReadsInTheOrderItIsPrinted() {
        var tagged = TaggedPdf.read(writer.write(Disclosures.aCrimeReport()), "Subject access request LP-2026-0042",
                "en-GB");

        var types = tagged.types();
        assertThat(types.subList(0, 3)).containsExactly("P", "H1", "P");
        assertThat(types).containsSubsequence("H1", "H2", "P", "H2", "L", "LI", "LBody", "LI", "LBody", "H2", "P")
                .doesNotContain("Figure").allMatch(type -> type.matches("H[12]|P|L|LI|LBody"));
        var elements = tagged.elements();
        assertThat(elements).filteredOn(element -> element.type().equals("H1")).singleElement()
                .extracting(TaggedPdf.Element::text).isEqualTo("Your personal information");
        assertThat(elements).filteredOn(element -> element.type().equals("H2")).extracting(TaggedPdf.Element::text)
                .contains("Report of criminal damage", "Why we removed some information",
                        "What we have not given you, and why");
        assertThat(elements).filteredOn(element -> element.type().equals("LBody")).extracting(TaggedPdf.Element::text)
                .containsExactly("1. " + THIRD_PARTY, "2. " + CRIME);
        assertThat(elements).filteredOn(element -> element.type().matches("H[12]|P|LBody"))
                .as("nothing tagged is empty").allSatisfy(element -> assertThat(element.text()).isNotBlank())
                .extracting(TaggedPdf.Element::text).as("page numbers are not read as content")
                .noneMatch(text -> text.startsWith("Page 1 of"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
