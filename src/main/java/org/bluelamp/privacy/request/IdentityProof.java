package org.bluelamp.privacy.request;

import org.bluelamp.reporting.upload.FileKind;

import java.util.Optional;

/**
 * The kinds of file accepted as proof of identity, told from their content ({@link FileKind#sniff}), never from the
 * name or the type the browser claims: a photo (JPEG or PNG) or a scan (PDF).
 */
enum IdentityProof {
    JPEG("image/jpeg"),
    PNG("image/png"),
    PDF("application/pdf");

    /** The largest file taken: a phone's photo or a scan fits easily. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String mediaType;

    IdentityProof(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The proof a file of this kind can be; empty for a kind we do not take as proof (a video). */
    static Optional<IdentityProof> of(FileKind kind) {
        return switch (kind) {
            case JPEG -> Optional.of(JPEG);
            case PNG -> Optional.of(PNG);
            case PDF -> Optional.of(PDF);
            case MP4, QUICKTIME, WEBM -> Optional.empty();
        };
    }
}
