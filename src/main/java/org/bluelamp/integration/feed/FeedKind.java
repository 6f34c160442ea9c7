package org.bluelamp.integration.feed;

/** What happened to a contact, as the feed says it: api_event.kind, and "contact." + kind as an event's type. */
public enum FeedKind {
    RECEIVED("received"),
    ASSESSED("assessed"),
    CRIME_DECISION("crime-decision"),
    ALLOCATED("allocated"),
    CLOSED("closed"),
    REOPENED("reopened"),
    /** The records system gave the contact a crime number (integration.results, write-back). */
    CRIME_NUMBER("crime-number"),
    /** The records system named the officer in charge. */
    OFFICER_IN_CHARGE("officer-in-charge"),
    /** The records system sent the investigation's result. */
    RESULT("result");

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
