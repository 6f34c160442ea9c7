package org.bluelamp.reporting.upload;

import java.util.Objects;

/**
 * Removes from uploaded images and documents the metadata that could identify a person or place: where a photo was
 * taken, the device, the owner's name, comments and thumbnails; a PDF's author, XMP, embedded files and scripts.
 * Everything needed to show the picture or the pages as they were seen is kept.
 */
public final class ImageMetadata {

    private ImageMetadata() {
    }

    /**
     * A copy of the content without identifying metadata.
     *
     * @throws UnreadableFileException        if the content is not a well-formed file of that kind, or is too large
     * @throws PasswordProtectedFileException if it is a PDF that needs a password to open
     */
    public static byte[] strip(FileKind kind, byte[] content) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        if (FileKind.sniff(content).orElse(null) != kind) {
            throw new UnreadableFileException("The file is not a " + kind.label() + " file");
        }
        return switch (kind) {
            case JPEG -> JpegMetadata.strip(content);
            case PNG -> PngMetadata.strip(content);
            case PDF -> PdfMetadata.strip(content);
            // Not a copy: a video may be hundreds of megabytes, and nobody changes these bytes afterwards.
            // Videos keep their metadata (a phone may record where it was made): staff see them, nobody else.
            case MP4, QUICKTIME, WEBM -> content;
        };
    }
}
