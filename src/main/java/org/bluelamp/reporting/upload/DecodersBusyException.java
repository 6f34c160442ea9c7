package org.bluelamp.reporting.upload;

/** Every decoder stayed busy for as long as a file may wait: the person is asked to try again in a moment. */
public final class DecodersBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DecodersBusyException() {
        super("Every decoder is busy");
    }
}
