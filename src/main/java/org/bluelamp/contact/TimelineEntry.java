package org.bluelamp.contact;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a contact's history: who did what, when.
 *
 * @param actor   the member of staff's username, "system" for what Bluelamp did itself, or "reporter" for what the
 *                reporter sent online
 * @param kind    what happened, e.g. "assessed" (the page's words come from messages: timeline.kind.*)
 * @param details the particulars, by name, e.g. the team allocated to
 */
public record TimelineEntry(long id, Instant at, String actor, String kind, Map<String, String> details) {

    public static final String SYSTEM = "system";
    /** The reporter themselves, answering or adding information online. */
    public static final String REPORTER = "reporter";

    public String detail(String name) {
        return details.getOrDefault(name, "");
    }

    /** A look at the contact rather than something done to it. */
    public boolean view() {
        return kind.equals("viewed");
    }
}
