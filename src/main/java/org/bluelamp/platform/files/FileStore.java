package org.bluelamp.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where uploaded files are kept, outside the database: a folder ({@link FilesystemFileStore}, the default) or an
 * S3-compatible object store ({@link S3FileStore}), chosen by {@code bluelamp.files.store}. Callers write a file
 * before the row that names it commits, and delete it after the row is gone ({@link DeleteAfterCommit}). A store
 * that cannot be reached throws {@link FileStoreUnavailable}.
 */
public interface FileStore {

    /** Stores the content under the id, replacing anything there. */
    void write(UUID id, byte[] content);

    /**
     * Stores what the stream holds under the id, replacing anything there; the caller closes the stream. Never holds
     * the whole of it in memory: a video may be hundreds of megabytes.
     */
    void write(UUID id, InputStream content);

    /** The content stored under the id, if any. The caller closes the stream. */
    Optional<InputStream> open(UUID id);

    /**
     * The content stored under the id from the byte at {@code offset} on, if any: what a video player asks for. A
     * store that can fetch only that part (an object store's ranged GET) should, rather than read and drop the rest.
     * An offset at or past the end gives an empty stream. The caller closes the stream.
     */
    default Optional<InputStream> open(UUID id, long offset) {
        var content = open(id);
        if (content.isPresent() && offset > 0) {
            try {
                long skipped = content.get().skip(offset);
                while (skipped < offset && content.get().read() >= 0) {
                    skipped++;
                    skipped += content.get().skip(offset - skipped);
                }
            } catch (IOException e) {
                try {
                    content.get().close();
                } catch (IOException ignored) {
                    // the read failed already: that is what is reported
                }
                throw new FileStoreUnavailable("Could not read file " + id, e);
            }
        }
        return content;
    }

    /** Removes the content; removing what is not there is not an error. */
    void delete(UUID id);

    /**
     * The id of every file stored, in no particular order, for a back-up or a check against the database's rows.
     * The caller closes the stream.
     */
    Stream<UUID> ids();
}
