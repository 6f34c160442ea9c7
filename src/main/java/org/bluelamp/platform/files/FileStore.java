package org.bluelamp.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Where uploaded files are kept, outside the database. The default keeps them in a folder; a deployment across
 * several servers swaps in shared object storage by providing another bean of this type.
 */
public interface FileStore {

    /** Stores the content under the id, replacing anything there. */
    void write(UUID id, byte[] content);

    /**
     * Stores what the stream holds under the id, replacing anything there; the caller closes the stream. A store that
     * can take a stream without holding it all in memory (a video of hundreds of megabytes) should.
     */
    default void write(UUID id, InputStream content) {
        try {
            write(id, content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the content for file " + id, e);
        }
    }

    /** The content stored under the id, if any. The caller closes the stream. */
    Optional<InputStream> open(UUID id);

    /** Removes the content; removing what is not there is not an error. */
    void delete(UUID id);
}
