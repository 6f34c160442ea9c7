package org.bluelamp.reporting.upload;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * PDFs made in code for tests, carrying each kind of metadata a PDF can: every piece holds a distinctive string, so a
 * test can tell whether it is still anywhere in the bytes.
 */
public final class TestPdfs {

    /** What each page shows: it must survive cleaning. */
    public static final String PAGE_TEXT = "The back door lock was forced on Tuesday night";
    public static final String LINK = "https://example.org/still-linked";

    public static final String AUTHOR = "AuthorAliceWren";
    public static final String EARLIER_AUTHOR = "EarlierAuthorBobMarsh";
    /** Each distinctive string, by where it is hidden. */
    public static final Map<String, String> SECRETS = secrets();

    private TestPdfs() {
    }

    private static Map<String, String> secrets() {
        var secrets = new LinkedHashMap<String, String>();
        secrets.put("author", AUTHOR);
        secrets.put("author before an incremental update", EARLIER_AUTHOR);
        secrets.put("title", "TitleCaseFileSecret");
        secrets.put("creator", "CreatorToolSecret");
        secrets.put("producer", "ProducerToolSecret");
        secrets.put("custom information key", "CustomKeySecret");
        secrets.put("catalog XMP", "CatalogXmpSecret");
        secrets.put("page XMP", "PageXmpSecret");
        secrets.put("image XMP", "ImageXmpSecret");
        secrets.put("embedded file", "EmbeddedFileSecret");
        secrets.put("file attachment annotation", "AttachedFileSecret");
        secrets.put("JavaScript open action", "OpenActionScriptSecret");
        secrets.put("named JavaScript", "NamedScriptSecret");
        secrets.put("page additional action", "PageActionSecret");
        secrets.put("PieceInfo", "PieceInfoSecret");
        secrets.put("signature", "SignerNameSecret");
        secrets.put("custom trailer key", "TrailerKeySecret");
        return java.util.Collections.unmodifiableMap(secrets);
    }

    /** One page of text and a picture, carrying every secret, saved once and then updated incrementally. */
    public static byte[] withEveryKindOfMetadata() {
        try (var document = new PDDocument()) {
            PDPage page = page(document);
            var info = new PDDocumentInformation();
            info.setAuthor(EARLIER_AUTHOR);
            info.setTitle(SECRETS.get("title"));
            info.setCreator(SECRETS.get("creator"));
            info.setProducer(SECRETS.get("producer"));
            info.setCreationDate(Calendar.getInstance());
            info.setCustomMetadataValue("CaseNotes", SECRETS.get("custom information key"));
            document.setDocumentInformation(info);

            var catalog = document.getDocumentCatalog();
            catalog.setMetadata(xmp(document, SECRETS.get("catalog XMP")));
            page.setMetadata(xmp(document, SECRETS.get("page XMP")));
            catalog.setOpenAction(new PDActionJavaScript("app.alert('" + SECRETS.get("JavaScript open action") + "')"));

            var names = new PDDocumentNameDictionary(catalog);
            var embedded = new PDEmbeddedFilesNameTreeNode();
            embedded.setNames(Map.of("notes.txt", file(document, "notes.txt", SECRETS.get("embedded file"))));
            names.setEmbeddedFiles(embedded);
            var script = new COSDictionary();
            script.setItem(COSName.S, COSName.JAVA_SCRIPT);
            script.setItem(COSName.JS, new COSString(SECRETS.get("named JavaScript")));
            var scripts = new COSDictionary();
            scripts.setItem(COSName.NAMES, new COSArray(List.of(new COSString("start"), script)));
            names.getCOSObject().setItem(COSName.JAVA_SCRIPT, scripts);
            catalog.setNames(names);

            var pageAction = new COSDictionary();
            pageAction.setItem(COSName.O, new PDActionJavaScript(SECRETS.get("page additional action")).getCOSObject());
            page.getCOSObject().setItem(COSName.AA, pageAction);
            var private_ = new COSDictionary();
            private_.setString(COSName.PRIVATE, SECRETS.get("PieceInfo"));
            var application = new COSDictionary();
            application.setItem(COSName.getPDFName("ExampleEditor"), private_);
            page.getCOSObject().setItem(COSName.PIECE_INFO, application);

            var attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(400, 700, 20, 20));
            attachment.setFile(file(document, "statement.txt", SECRETS.get("file attachment annotation")));
            var link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 650, 200, 20));
            var uri = new PDActionURI();
            uri.setURI(LINK);
            link.setAction(uri);
            page.getAnnotations().add(attachment);
            page.getAnnotations().add(link);

            // A signature field's value, as a signing tool leaves it (no real signature is needed here).
            var signature = new COSDictionary();
            signature.setItem(COSName.TYPE, COSName.SIG);
            signature.setString(COSName.NAME, SECRETS.get("signature"));
            var field = new COSDictionary();
            field.setItem(COSName.FT, COSName.SIG);
            field.setString(COSName.T, "Signature1");
            field.setItem(COSName.V, signature);
            var form = new COSDictionary();
            form.setItem(COSName.FIELDS, new COSArray(List.of(field)));
            catalog.getCOSObject().setItem(COSName.ACRO_FORM, form);
            return updateAuthor(save(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of this many blank pages. */
    public static byte[] ofPages(int pages) {
        try (var document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that cannot be opened without the password "open-sesame". */
    public static byte[] passwordProtected() {
        return encrypted("open-sesame");
    }

    /** A PDF anybody may open, whose owner password restricts what may be done with it. */
    public static byte[] restrictedByItsOwner() {
        return encrypted("");
    }

    private static byte[] encrypted(String userPassword) {
        try (var document = new PDDocument()) {
            page(document);
            document.getDocumentInformation().setAuthor(AUTHOR);
            var policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPage page(PDDocument document) throws IOException {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        var picture = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        var image = LosslessFactory.createFromImage(document, picture);
        image.getCOSObject().setItem(COSName.METADATA, xmp(document, SECRETS.get("image XMP")));
        try (var content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 750);
            content.showText(PAGE_TEXT);
            content.endText();
            content.drawImage(image, 72, 600);
        }
        return page;
    }

    private static PDMetadata xmp(PDDocument document, String secret) throws IOException {
        String xmp = """
                <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator></rdf:Description>
                </rdf:RDF></x:xmpmeta><?xpacket end="w"?>""".formatted(secret);
        return new PDMetadata(document, new ByteArrayInputStream(xmp.getBytes(US_ASCII)));
    }

    private static PDComplexFileSpecification file(PDDocument document, String name, String content) throws IOException {
        var embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(content.getBytes(US_ASCII)));
        embedded.setSubtype("text/plain");
        var spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setEmbeddedFile(embedded);
        return spec;
    }

    /** Saved uncompressed, so that each secret can be seen in the bytes before cleaning. */
    private static byte[] save(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    /** An incremental update, as an editor saves: the earlier author stays in the first revision's bytes. */
    private static byte[] updateAuthor(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            info.setAuthor(AUTHOR);
            info.getCOSObject().setNeedToBeUpdated(true);
            var trailer = document.getDocument().getTrailer();
            trailer.setString(COSName.getPDFName("EditorNotes"), SECRETS.get("custom trailer key"));
            trailer.setNeedToBeUpdated(true);
            var out = new ByteArrayOutputStream();
            document.saveIncremental(out); // the first revision, then the update
            return out.toByteArray();
        }
    }
}
