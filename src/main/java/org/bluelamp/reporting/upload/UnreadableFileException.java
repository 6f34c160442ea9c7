package org.bluelamp.reporting.upload;

/**
 * The bytes are not a well-formed file of the kind they claim to be, or are too large to handle safely. The message
 * says what is wrong in general terms and never quotes the file's contents, so it is safe to log.
 */
public class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message) {
        super(message);
    }
}
