package org.bluelamp.reporting.upload;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * One file input's part as sent, with nothing of HTTP left: the name the device gave, its size, and its bytes, read
 * only if the size allows: all at once ({@code content}) for photos and documents, which are cleaned in memory, or as a
 * stream ({@code stream}, from the start each time) for videos, which are too large to hold.
 */
public record UploadPart(String originalName, long size, Supplier<byte[]> content, Supplier<InputStream> stream) {

    /** A part whose content is only ever read all at once. */
    public UploadPart(String originalName, long size, Supplier<byte[]> content) {
        this(originalName, size, content, () -> new ByteArrayInputStream(content.get()));
    }

    public boolean empty() {
        return size == 0;
    }
}
