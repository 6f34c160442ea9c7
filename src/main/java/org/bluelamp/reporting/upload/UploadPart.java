package org.bluelamp.reporting.upload;

import java.util.function.Supplier;

/**
 * One file input's part as sent, with nothing of HTTP left: the name the device gave, its size, and its bytes,
 * read only if the size allows.
 */
public record UploadPart(String originalName, long size, Supplier<byte[]> content) {

    public boolean empty() {
        return size == 0;
    }
}
