package org.bluelamp.integration.feed;

/** What happened to a contact, as the feed says it: api_event.kind, and "contact." + kind as an event's type. */
public enum FeedKind {
    RECEIVED("received"),
    ASSESSED("assessed"),
    CRIME_DECISION("crime-decision"),
    ALLOCATED("allocated"),
    CLOSED("closed"),
    REOPENED("reopened");

    private final String code;

    FeedKind(String code) {
        this.code = code;
    }

    /** As stored in api_event.kind. */
    public String code() {
        return code;
    }

    /** As a client reads it, e.g. "contact.allocated". */
    public String type() {
        return "contact." + code;
    }
}
