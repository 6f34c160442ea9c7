package org.bluelamp.contact;

import java.time.Instant;
import java.util.UUID;

/** The force has asked the reporter a question about their report; they should be told and able to answer. */
public record InformationRequested(UUID contactId, String reference, UUID reportId, UUID requestId, String question,
                                   Instant at) {
}
