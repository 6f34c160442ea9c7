package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact was opened, whatever the channel (online, a logged call, the relay, a chat, a BSL video message): once
 * for each contact, in the transaction that opens it.
 *
 * @param channel   a {@link org.bluelamp.reporting.Channel} code
 * @param serviceId the report type, e.g. "crime"
 * @param at        when it was received (the report's submission)
 */
public record ContactReceived(UUID contactId, Reference reference, UUID reportId, String channel, String serviceId,
                              Instant at) {
}
