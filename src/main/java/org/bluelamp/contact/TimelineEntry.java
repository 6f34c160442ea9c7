package org.bluelamp.contact;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a contact's history: who did what, when.
 *
 * @param actor   the member of staff's username, or "system" for what Bluelamp did itself
 * @param kind    what happened, e.g. "assessed" (the page's words come from messages: timeline.kind.*)
 * @param details the particulars, by name, e.g. the team allocated to
 */
public record TimelineEntry(long id, Instant at, String actor, String kind, Map<String, String> details) {

    public static final String SYSTEM = "system";

    public String detail(String name) {
        return details.getOrDefault(name, "");
    }

    /** A look at the contact rather than something done to it. */
    public boolean view() {
        return kind.equals("viewed");
    }
}
