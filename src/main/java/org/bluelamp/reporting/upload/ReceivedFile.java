package org.bluelamp.reporting.upload;

/**
 * A file sent with an upload page, already read and checked but not yet kept.
 *
 * @param id      the id it will be kept under
 * @param name    the file's name on the person's device, made safe to show
 * @param kind    what the content is, judged from the content; null when it is none of the kinds accepted
 * @param size    its size in bytes after metadata was removed
 * @param problem what stops it being kept, if anything
 */
public record ReceivedFile(String id, String name, FileKind kind, long size, Problem problem) {

    public enum Problem {
        NONE, EMPTY, TOO_LARGE, UNREADABLE, PASSWORD_PROTECTED,
        /** clamd found a virus in it. */
        INFECTED,
        /** A picture whose header claims more pixels than allowed. */
        TOO_MANY_PIXELS,
        /** A PDF of more pages than allowed. */
        TOO_MANY_PAGES,
        /** A PDF of more objects than allowed. */
        TOO_COMPLEX,
        /** More files sent at once than the question takes: not read. */
        TOO_MANY,
        /** Every slot for reading files was busy for as long as a file may wait. */
        BUSY
    }
}
