package org.bluelamp.contact;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;

/**
 * Records that a member of staff read something about a contact outside its own pages (a message sent to the
 * reporter, say), in the caller's transaction, so nobody reads it without it being written down.
 */
@Service
public class ContactLooks {

    private final Contacts contacts;
    private final Timeline timeline;
    private final Clock clock;

    ContactLooks(Contacts contacts, Timeline timeline, Clock clock) {
        this.contacts = contacts;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Adds a look to the timeline of the contact with this reference, if there is one.
     *
     * @param what what was read, a key under contact.tab in the messages, e.g. "message"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String reference, String username, String what) {
        contacts.idOf(reference).ifPresent(id ->
                timeline.append(id, clock.instant(), username, "viewed", Map.of("page", what)));
    }
}
