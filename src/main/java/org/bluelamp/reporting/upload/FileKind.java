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
    PDF("application/pdf", "pdf", "PDF");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(US_ASCII);
    /** PDF readers accept the header anywhere in the first 1024 bytes, so genuine files may have bytes before it. */
    private static final int PDF_HEADER_WINDOW = 1024;

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
        return this != PDF;
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
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
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
