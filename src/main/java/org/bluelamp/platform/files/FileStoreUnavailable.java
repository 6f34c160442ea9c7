package org.bluelamp.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The file store could not be reached, or failed to store or read a file: the folder's disk, or the object store
 * down or refusing. People get the "try again in a minute" page (platform.web.FileStoreUnavailableAdvice); what they
 * had saved before is kept. Messages name the file's id and the failure, never credentials or content.
 */
public class FileStoreUnavailable extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    public FileStoreUnavailable(String message, IOException cause) {
        super(message, cause);
    }

    public FileStoreUnavailable(String message, RuntimeException cause) {
        super(message + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), new IOException(cause));
    }
}
