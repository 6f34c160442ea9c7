package org.bluelamp.reporting.upload;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bluelamp.reporting.upload.TestPdfs.PAGE_TEXT;
import static org.bluelamp.reporting.upload.TestPdfs.SECRETS;

/** Evidence PDFs lose what says who made them and what travelled with them; their pages stay as they were. */
class PdfMetadataTest {

    private static final byte[] UPLOADED = TestPdfs.withEveryKindOfMetadata();

    @Test
    void theFixtureCarriesEverySecretBeforeCleaning() throws IOException {
        String raw = new String(UPLOADED, ISO_8859_1);
        SECRETS.forEach((where, secret) -> assertThat(raw).as(where).contains(secret));
        try (var document = Loader.loadPDF(UPLOADED)) {
            assertThat(document.getDocumentInformation().getAuthor()).as("the update changed the author")
                    .isEqualTo(TestPdfs.AUTHOR);
        }
    }

    @Test
    void noSecretIsLeftAnywhereInTheBytes() {
        String raw = new String(ImageMetadata.strip(FileKind.PDF, UPLOADED), ISO_8859_1);

        SECRETS.forEach((where, secret) -> assertThat(raw).as(where).doesNotContain(secret));
        assertThat(raw).doesNotContain("/Author", "/Producer", "/Creator", "/Metadata", "/EmbeddedFiles",
                "/JavaScript", "/PieceInfo", "/FileAttachment", "/EF");
        assertThat(raw).as("saved whole, not as another update").containsOnlyOnce("%%EOF");
    }

    @Test
    void reopenedTheFileHasNoInformationMetadataFilesOrScripts() throws IOException {
        String originalId;
        try (PDDocument original = Loader.loadPDF(UPLOADED)) {
            originalId = firstId(original);
        }
        try (PDDocument document = Loader.loadPDF(PdfMetadata.strip(UPLOADED))) {
            assertThat(document.getDocument().getTrailer().getCOSDictionary(COSName.INFO)).isNull();
            assertThat(firstId(document)).as("a new document ID")
                    .isNotEqualTo(originalId);
            assertThat(document.getDocumentCatalog().getAcroForm().getFields()).singleElement()
                    .satisfies(field -> assertThat(field.getCOSObject().containsKey(COSName.V)).isFalse());
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMetadata()).isNull();
            assertThat(catalog.getOpenAction()).isNull();
            assertThat(catalog.getNames()).satisfiesAnyOf(
                    names -> assertThat(names).isNull(),
                    names -> {
                        assertThat(names.getEmbeddedFiles()).isNull();
                        assertThat(names.getJavaScript()).isNull();
                    });
            var page = document.getPage(0);
            assertThat(page.getMetadata()).isNull();
            assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
            assertThat(page.getCOSObject().containsKey(COSName.PIECE_INFO)).isFalse();
            var image = (PDImageXObject) page.getResources().getXObject(page.getResources().getXObjectNames()
                    .iterator().next());
            assertThat(image.getMetadata()).isNull();
            assertThat(page.getAnnotations()).extracting(PDAnnotation::getSubtype).containsExactly("Link");
        }
    }

    @Test
    void thePageTextPicturesAndLinksStay() throws IOException {
        try (PDDocument document = Loader.loadPDF(PdfMetadata.strip(UPLOADED))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains(PAGE_TEXT);
            var page = document.getPage(0);
            assertThat(page.getResources().getXObjectNames()).hasSize(1);
            var link = (PDAnnotationLink) page.getAnnotations().getFirst();
            assertThat(((PDActionURI) link.getAction()).getURI()).isEqualTo(TestPdfs.LINK);
        }
    }

    @Test
    void aFileWhoseObjectsAreCompressedIsCleanedToo() throws IOException {
        var compressed = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(UPLOADED)) {
            document.save(compressed, CompressParameters.DEFAULT_COMPRESSION); // object streams, as most tools write
        }
        byte[] cleaned = PdfMetadata.strip(compressed.toByteArray());

        String raw = new String(cleaned, ISO_8859_1);
        SECRETS.forEach((where, secret) -> assertThat(raw).as(where).doesNotContain(secret));
        try (PDDocument document = Loader.loadPDF(cleaned)) {
            assertThat(new PDFTextStripper().getText(document)).contains(PAGE_TEXT);
        }
    }

    @Test
    void aFileThatNeedsAPasswordIsRefusedAsSuch() {
        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PDF, TestPdfs.passwordProtected()))
                .isInstanceOf(PasswordProtectedFileException.class)
                .hasMessage("The PDF file needs a password to open");
    }

    @Test
    void aFileOnlyItsOwnerRestrictedIsKeptWithoutEncryptionOrAuthor() throws IOException {
        byte[] cleaned = PdfMetadata.strip(TestPdfs.restrictedByItsOwner());

        try (PDDocument document = Loader.loadPDF(cleaned)) {
            assertThat(document.isEncrypted()).isFalse();
            assertThat(new PDFTextStripper().getText(document)).contains(PAGE_TEXT);
        }
        assertThat(new String(cleaned, ISO_8859_1)).doesNotContain(TestPdfs.AUTHOR, "/Author");
    }

    @Test
    void aFilePdfBoxCannotReadIsRefusedWithoutQuotingIt() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Author (Someone) >> endobj\n%%EOF".getBytes(US_ASCII);

        assertThatThrownBy(() -> ImageMetadata.strip(FileKind.PDF, broken))
                .isInstanceOf(UnreadableFileException.class)
                .message().doesNotContain("Someone");
        assertThatThrownBy(() -> PdfMetadata.strip("%PDF-1.4\n".getBytes(US_ASCII)))
                .isInstanceOf(UnreadableFileException.class);
    }

    private static String firstId(PDDocument document) {
        return ((COSString) document.getDocument().getDocumentID().get(0)).toHexString();
    }
}
