package org.bluelamp.reporting.upload;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * The kinds of file the public may upload. The kind is decided from the content, never from the file name or the
 * media type the browser declares, since both are under the uploader's control.
 */
public enum FileKind {
    JPEG("image/jpeg", "jpg", "JPG"),
    PNG("image/png", "png", "PNG"),
    PDF("application/pdf", "pdf", "PDF"),
    /** ISO base media (an {@code ftyp} box first): what most phones record, Android and iPhone alike. */
    MP4("video/mp4", "mp4", "MP4"),
    /** Apple's QuickTime, an ISO base media file whose brand is {@code qt}: iPhones' .mov files. */
    QUICKTIME("video/quicktime", "mov", "MOV"),
    /** WebM, what browsers' MediaRecorder makes; Matroska (.mkv) is the same container, so it is read as one. */
    WEBM("video/webm", "webm", "WebM");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(US_ASCII);
    /** PDF readers accept the header anywhere in the first 1024 bytes, so genuine files may have bytes before it. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private static final byte[] FTYP = "ftyp".getBytes(US_ASCII);
    private static final byte[] QUICKTIME_BRAND = "qt  ".getBytes(US_ASCII);
    private static final byte[] EBML_HEADER = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    /** The EBML header is short; its DocType ("webm" or "matroska") comes within its first bytes. */
    private static final int EBML_DOCTYPE_WINDOW = 64;

    private final String mediaType;
    private final String extension;
    private final String label;

    FileKind(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** How the kind is named to the public, for example "JPG". */
    public String label() {
        return label;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    public boolean isVideo() {
        return this == MP4 || this == QUICKTIME || this == WEBM;
    }

    /** The kind of file the content is, judged by its magic numbers alone; empty when it is none we accept. */
    public static Optional<FileKind> sniff(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (startsWith(content, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (hasPdfHeader(content)) {
            return Optional.of(PDF);
        }
        if (isIsoMedia(content)) {
            return Optional.of(hasBrand(content, QUICKTIME_BRAND) ? QUICKTIME : MP4);
        }
        if (startsWith(content, EBML_HEADER) && (contains(content, "webm") || contains(content, "matroska"))) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * An ISO base media file starts with a box: four bytes of size (at least the 16 of its header and brand), then
     * "ftyp", then the major brand.
     */
    private static boolean isIsoMedia(byte[] content) {
        if (content.length < 16 || !Arrays.equals(content, 4, 8, FTYP, 0, FTYP.length)) {
            return false;
        }
        long boxSize = ((content[0] & 0xFFL) << 24) | ((content[1] & 0xFFL) << 16) | ((content[2] & 0xFFL) << 8)
                | (content[3] & 0xFFL);
        return boxSize >= 16;
    }

    private static boolean hasBrand(byte[] content, byte[] brand) {
        return Arrays.equals(content, 8, 12, brand, 0, brand.length);
    }

    private static boolean contains(byte[] content, String docType) {
        byte[] wanted = docType.getBytes(US_ASCII);
        int window = Math.min(content.length, EBML_DOCTYPE_WINDOW);
        for (int at = 0; at + wanted.length <= window; at++) {
            if (Arrays.equals(content, at, at + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPdfHeader(byte[] content) {
        int window = Math.min(content.length, PDF_HEADER_WINDOW);
        for (int at = 0; at + PDF_HEADER.length <= window; at++) {
            if (Arrays.equals(content, at, at + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
                return true;
            }
        }
        return false;
    }
}
