package org.bluelamp.privacy.request;

import java.time.Instant;
import java.util.UUID;

/**
 * Something kept from the requester: a redaction (text removed wherever it appears) or a refusal (a record or the
 * whole request withheld), with its legal reason's code.
 *
 * @param whole for a refusal, whether the whole request is refused
 * @param note  for a refusal, what the requester is told
 */
public record Withholding(UUID id, String text, String reasonCode, boolean whole, String note, String by,
                          Instant at) {
}
