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
        return strip(kind, content, FileLimits.DEFAULT);
    }

    /**
     * A copy of the content without identifying metadata, refused if its headers ask more than the limits allow.
     * The caller bounds how many files are read at once ({@link DecodeSlots}).
     *
     * @throws FileOverLimitException if the file has too many pixels, pages or objects
     */
    static byte[] strip(FileKind kind, byte[] content, FileLimits limits) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        if (FileKind.sniff(content).orElse(null) != kind) {
            throw new UnreadableFileException("The file is not a " + kind.label() + " file");
        }
        return switch (kind) {
            case JPEG -> JpegMetadata.strip(content, limits);
            case PNG -> PngMetadata.strip(content, limits);
            case PDF -> PdfMetadata.strip(content, limits);
            // Videos are streamed, never held whole: UploadReader cleans them with VideoMetadata on their way to the
            // file store. A video in memory (a test's) is cleaned the same way.
            case MP4, QUICKTIME, WEBM -> VideoMetadata.strip(kind, content);
        };
    }
}
