package org.bluelamp.reporting.upload;

/**
 * The file cannot be opened without a password, so it can neither be cleaned nor read by staff. The message never
 * quotes the file, so it is safe to log.
 */
public final class PasswordProtectedFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PasswordProtectedFileException(String message) {
        super(message);
    }
}
