package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff sent the reporter a one-time link to upload evidence for one report. The message module sends it, sealed in
 * the outbox; this event is deleted from the event log once handled, as a code's is.
 *
 * @param path      the link's path with its token, e.g. {@code /track/evidence/k3J…}: a secret
 * @param expiresAt when the link stops working if it is not used first
 */
public record EvidenceLinkSent(UUID contactId, Reference reference, UUID reportId, UUID linkId, String path,
                               Instant expiresAt) {

    @Override
    public String toString() {
        return "EvidenceLinkSent[" + linkId + "]"; // never the path: it opens the link
    }
}
