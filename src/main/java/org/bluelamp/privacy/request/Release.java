package org.bluelamp.privacy.request;

import java.time.Instant;
import java.util.UUID;

/** A released answer: its files, when its link ends, and when it was first downloaded. */
public record Release(UUID id, UUID requestId, UUID pdfFileId, UUID jsonFileId, String releasedBy, Instant releasedAt,
                      Instant expiresAt, UUID challengeId, int codesSent, String openedTokenHash, Instant openedUntil,
                      Instant downloadedAt) {
}
