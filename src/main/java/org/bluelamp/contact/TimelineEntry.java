package org.bluelamp.contact;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a contact's history: who did what, when.
 *
 * @param actor the member of staff's username, "system" for what Bluelamp did itself, or "reporter" for what the
 *              reporter sent online
 * @param what  what happened, with its particulars
 */
public record TimelineEntry(long id, Instant at, String actor, Happening what) {

    public static final String SYSTEM = "system";
    /** The reporter themselves, answering or adding information online. */
    public static final String REPORTER = "reporter";

    /** What happened as stored, e.g. "assessed" (the page's words come from messages: timeline.*). */
    public String kind() {
        return what.kind();
    }

    /** The particulars, by name, in the order they are shown, e.g. the team allocated to. */
    public Map<String, String> details() {
        return what.details();
    }

    public String detail(String name) {
        return details().getOrDefault(name, "");
    }

    /** A look at the contact rather than something done to it. */
    public boolean view() {
        return what instanceof Happening.Viewed;
    }
}
