package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/** The force has asked the reporter a question about their report; they should be told and able to answer. */
public record InformationRequested(UUID contactId, Reference reference, UUID reportId, UUID requestId, String question,
                                   Instant at) {
}
