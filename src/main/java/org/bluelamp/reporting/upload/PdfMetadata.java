package org.bluelamp.reporting.upload;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Removes from a PDF what can say who made it, on what, when, and what else travelled with it: the document
 * information (author, creator, producer, title, dates, custom keys), XMP metadata wherever it is attached, embedded
 * and attached files, JavaScript and other automatic actions, applications' private data (PieceInfo), signatures'
 * details and the document ID. The pages, their text and pictures, stay. The file is written again whole, so earlier revisions of an
 * incrementally saved file, and everything removed, are not in the bytes kept.
 */
final class PdfMetadata {

    /**
     * PDFBox's own working copies of streams: a little in memory, the rest in temporary files, within a bound. Only
     * the streams that hold objects and cross-references are decoded to clean a file (pages and pictures are copied
     * as they are), and a real file's come to a few megabytes; a compressed bomb stops at the bound.
     */
    private static final long MEMORY_FOR_STREAMS = 4L * 1024 * 1024;
    private static final long MOST_FOR_STREAMS = 64L * 1024 * 1024;

    /** Keys removed from every dictionary in the file, whatever holds it (catalog, page, picture, font, annotation). */
    private static final List<COSName> DROPPED = List.of(
            COSName.METADATA,       // XMP: authors, tools, dates, editing history
            COSName.PIECE_INFO,     // applications' private data
            COSName.LAST_MODIFIED,
            COSName.AA,             // actions run on opening, closing, printing, showing a page...
            COSName.EF,             // the content of files embedded in a file specification
            COSName.AF,             // PDF 2.0 associated files
            COSName.THUMB);         // page thumbnails, which can show the page as it was before it was edited
    /** Keys whose value is an action, removed when the action runs JavaScript or launches a program. */
    private static final List<COSName> ACTIONS = List.of(COSName.OPEN_ACTION, COSName.A, COSName.NEXT);
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    /** The document security store: certificates and revocation answers for signatures. */
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final Set<String> RUNNING_ACTIONS = Set.of("JavaScript", "Launch");

    private PdfMetadata() {
    }

    static byte[] strip(byte[] in) {
        return strip(in, FileLimits.DEFAULT);
    }

    /**
     * The file without its metadata. Before PDFBox reads it, the objects the bytes hold and declare are counted
     * ({@link PdfDeclarations}); once PDFBox has read its cross-reference table, the objects listed there and the
     * pages; while it is cleaned, the objects reached.
     *
     * @throws PasswordProtectedFileException if the file cannot be opened without a password
     * @throws FileOverLimitException         if it has more pages or objects than the limits allow
     * @throws UnreadableFileException        if PDFBox cannot read it, or it has no pages
     */
    static byte[] strip(byte[] in, FileLimits limits) {
        PdfDeclarations.check(in, limits.maxPdfObjects());
        return read(in, limits);
    }

    private static byte[] read(byte[] in, FileLimits limits) {
        try (PDDocument document = Loader.loadPDF(in, "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY_FOR_STREAMS, MOST_FOR_STREAMS).streamCache)) {
            if (document.getDocument().getXrefTable().size() > limits.maxPdfObjects()) {
                throw tooManyObjects();
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableFileException("The PDF file has no pages");
            }
            if (pages > limits.maxPdfPages()) {
                throw new FileOverLimitException(FileOverLimitException.Limit.PAGES,
                        "The PDF file has more than " + limits.maxPdfPages() + " pages");
            }
            clean(document, limits.maxPdfObjects());
            var out = new ByteArrayOutputStream(in.length);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (InvalidPasswordException e) {
            throw new PasswordProtectedFileException("The PDF file needs a password to open");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A stack overflow is PDFBox following objects nested without end: only this thread's stack is spent.
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            // PDFBox's messages can quote the file, so only the kind of failure is passed on.
            throw new UnreadableFileException("PDFBox cannot read the PDF file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static FileOverLimitException tooManyObjects() {
        return new FileOverLimitException(FileOverLimitException.Limit.OBJECTS, "The PDF file has too many objects");
    }

    private static void clean(PDDocument document, int maxObjects) {
        // A file that opens without a password may still be encrypted with an owner password: it is kept without
        // encryption, since keeping it encrypted would need that password.
        document.setAllSecurityToBeRemoved(true);
        COSDocument file = document.getDocument();
        COSDictionary trailer = file.getTrailer();
        // Only the catalog is kept: not the information dictionary, nor the document ID (PDFBox gives the file a new
        // one, made from the time it is written), nor keys other tools add.
        for (COSName key : List.copyOf(trailer.keySet())) {
            if (!COSName.ROOT.equals(key)) {
                trailer.removeItem(key);
            }
        }
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.removeItem(COSName.COLLECTION); // a portfolio's view of its embedded files
        // Signatures no longer hold once the file is written again; what is left of them names the signer.
        catalog.removeItem(COSName.PERMS);
        catalog.removeItem(DSS);
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null) {
            names.removeItem(COSName.EMBEDDED_FILES);
            names.removeItem(COSName.JAVA_SCRIPT);
        }
        everyDictionaryFrom(catalog, maxObjects);
    }

    /**
     * Walks everything the catalog reaches, without recursion, since a hostile file may nest without end. Direct
     * objects (inside others) are not in the cross-reference table, so they are counted here too: at most ten for
     * each object allowed, far more than real files have.
     */
    private static void everyDictionaryFrom(COSDictionary catalog, int maxObjects) {
        long mostReached = 10L * maxObjects;
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> toVisit = new ArrayDeque<>();
        toVisit.push(catalog);
        while (!toVisit.isEmpty()) {
            COSBase next = toVisit.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (seen.size() > mostReached) {
                throw tooManyObjects();
            }
            if (next instanceof COSDictionary dictionary) {
                cleanDictionary(dictionary);
                dictionary.getValues().forEach(toVisit::push);
            } else if (next instanceof COSArray array) {
                array.forEach(toVisit::push);
            }
        }
    }

    private static void cleanDictionary(COSDictionary dictionary) {
        DROPPED.forEach(dictionary::removeItem);
        for (COSName key : ACTIONS) {
            COSBase action = dictionary.getDictionaryObject(key);
            if (action instanceof COSDictionary single && runs(single)) {
                dictionary.removeItem(key);
            } else if (action instanceof COSArray chain) {
                removeFrom(chain, item -> item instanceof COSDictionary d && runs(d));
            }
        }
        if (COSName.SIG.equals(dictionary.getCOSName(COSName.FT))) {
            dictionary.removeItem(COSName.V); // the signature: signer's name, place, reason, certificate
        }
        if (dictionary.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations) {
            removeFrom(annotations, item -> item instanceof COSDictionary annotation
                    && FILE_ATTACHMENT.equals(annotation.getCOSName(COSName.SUBTYPE)));
        }
    }

    private static boolean runs(COSDictionary action) {
        COSName type = action.getCOSName(COSName.S);
        return type != null && RUNNING_ACTIONS.contains(type.getName());
    }

    private static void removeFrom(COSArray array, Predicate<COSBase> unwanted) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (unwanted.test(array.getObject(i))) {
                array.remove(i);
            }
        }
    }
}
