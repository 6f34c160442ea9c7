package org.bluelamp.reporting.journey;

import java.time.Instant;
import java.util.UUID;

/**
 * A link that reopens a draft saved for later, with what is known of its draft.
 *
 * @param draftExpiresAt when the draft is (or was) to be deleted
 * @param challengeId    the one-time code challenge last started for it, or null
 * @param codeSentAt     when that challenge was started, or null
 * @param usedAt         when it opened the draft, or null if it has not
 */
record ResumeLink(UUID id, UUID draftId, String serviceId, boolean draftSent, Instant draftExpiresAt,
                  LinkAddress address, UUID challengeId, Instant codeSentAt, Instant usedAt) {
}
