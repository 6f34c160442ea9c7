package org.bluelamp.contact;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;

/**
 * Tells whoever works a contact that a message to the reporter could not be delivered (a mistyped address, a
 * provider that refused it, or days of trying), so they can reach the reporter another way.
 */
@Service
public class UndeliveredMessages {

    private final Contacts contacts;
    private final Timeline timeline;
    private final Clock clock;

    UndeliveredMessages(Contacts contacts, Timeline timeline, Clock clock) {
        this.contacts = contacts;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * A line on the timeline of the contact with this reference, if there is one, in the caller's transaction.
     *
     * @param message what was not delivered, as staff call it ("We need more information")
     * @param by      how it went, in words ("email", "text message")
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String reference, String message, String by) {
        contacts.idOf(reference).ifPresent(id -> timeline.append(id, clock.instant(), TimelineEntry.SYSTEM,
                "message-undelivered", Map.of("message", message, "by", by)));
    }
}
