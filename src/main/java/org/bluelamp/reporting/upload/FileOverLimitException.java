package org.bluelamp.reporting.upload;

/**
 * The file is well formed as far as it was read, but asks more of the server than an upload may: too many pixels,
 * pages or objects. Found from its headers, before the cost is paid. The message never quotes the file.
 */
public final class FileOverLimitException extends UnreadableFileException {

    private static final long serialVersionUID = 1L;

    /** Which limit the file is over, which decides what the person is told. */
    public enum Limit { PIXELS, PAGES, OBJECTS }

    private final Limit limit;

    FileOverLimitException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
