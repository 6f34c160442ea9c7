package org.bluelamp.reporting;

import org.bluelamp.platform.files.ScanState;

import java.util.UUID;

/**
 * A file sent with a report, as staff see it listed.
 *
 * @param mediaType what the content is, judged from the content when it was uploaded, e.g. "image/jpeg"
 * @param sha256    the fingerprint of the content as kept, so a copy can be shown to be the same file
 * @param scan      what the virus scanner found: staff open only files it passed (or received while it was off)
 */
public record Attachment(UUID id, String questionId, String name, String mediaType, long size, String sha256,
                         ScanState scan) {

    public Attachment withScan(ScanState state) {
        return new Attachment(id, questionId, name, mediaType, size, sha256, state);
    }

    /** Whether staff may open it: not while it waits to be scanned, never once a virus was found. */
    public boolean openable() {
        return scan.openable();
    }

    public boolean notYetScanned() {
        return scan == ScanState.PENDING;
    }

    public boolean removedForVirus() {
        return scan == ScanState.INFECTED;
    }

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
