package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * A "send us your evidence" link as the person who opens it meets it.
 *
 * @param note what the member of staff asked for, in their words; "" if they wrote nothing
 */
public record EvidenceLink(UUID id, UUID reportId, Reference reference, String note, Instant expiresAt, State state) {

    /** Whether it still opens the upload page; a link that does not exists or is past its date reads as expired. */
    public enum State {
        OPEN, USED, REPLACED, EXPIRED
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
