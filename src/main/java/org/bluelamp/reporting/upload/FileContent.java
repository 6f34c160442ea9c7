package org.bluelamp.reporting.upload;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The content of a received file that may be kept: cleaned bytes in memory (a photo, a document), or a video read again
 * from where the server put the upload, so hundreds of megabytes never sit in memory.
 *
 * @param size   its size in bytes
 * @param source opens the content, from the start, each time it is asked; the caller closes the stream
 */
public record FileContent(long size, Supplier<InputStream> source) {

    public FileContent {
        Objects.requireNonNull(source, "source");
    }

    public static FileContent of(byte[] bytes) {
        return new FileContent(bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    public InputStream open() {
        return source.get();
    }
}
