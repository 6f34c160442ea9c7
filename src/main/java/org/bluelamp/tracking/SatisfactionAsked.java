package org.bluelamp.tracking;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * A reporter is to be asked, once, how we did with their closed report. The path carries the link's token, which is
 * stored nowhere else but as its hash: this event is deleted from the event log once the message is queued, where
 * the link is sealed until it is sent (as a saved report's link is).
 *
 * @param path  the page's path with its token, e.g. "/how-did-we-do/{token}"
 * @param askAt not sent before this (a safe time to contact them may make it later)
 * @param expiresAt when the link stops working
 */
public record SatisfactionAsked(UUID contactId, UUID reportId, Reference reference, String path, Instant askAt,
                                Instant expiresAt) {
}
