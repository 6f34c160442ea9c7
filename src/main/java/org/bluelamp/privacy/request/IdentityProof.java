package org.bluelamp.privacy.request;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file accepted as proof of identity, told from their content, never from the name or the type the
 * browser claims: a photo (JPEG or PNG) or a scan (PDF).
 */
enum IdentityProof {
    JPEG("image/jpeg"),
    PNG("image/png"),
    PDF("application/pdf");

    /** The largest file taken: a phone's photo or a scan fits easily. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the header anywhere in the first 1024 bytes. */
    private static final int PDF_WINDOW = 1024;

    private final String mediaType;

    IdentityProof(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<IdentityProof> of(byte[] content) {
        if (startsWith(content, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_START)) {
            return Optional.of(PNG);
        }
        int window = Math.min(content.length, PDF_WINDOW);
        for (int at = 0; at + PDF_HEADER.length <= window; at++) {
            if (Arrays.equals(content, at, at + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
                return Optional.of(PDF);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }
}
