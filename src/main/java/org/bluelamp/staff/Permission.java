package org.bluelamp.staff;

/**
 * What a member of staff may see or do. Roles grant permissions ({@link StaffRole}); pages and queries check
 * permissions, never role names, so the table in StaffRole is the one place that says who may do what. Each is
 * also a Spring Security authority of the same name.
 */
public enum Permission {
    /** The open queues of contacts not yet allocated, with the reporters' personal data. */
    SEE_OPEN_QUEUES,
    /** Contacts allocated to one's team. */
    SEE_TEAM_CONTACTS,
    /** Contacts allocated to oneself. */
    SEE_OWN_CONTACTS,
    /** The BSL video relay console. */
    RELAY_CALLS,
    /** The 101 live chat console: answer, hold, transfer, log and end web chats. */
    WEB_CHATS,
    /** The 101 live chat console without acting: the queue and who holds what (supervisors). */
    WATCH_WEB_CHATS,
    /** Visits by a Police Link Officer for Deaf people. */
    PLOD_VISITS,
    /** Subject access requests, retention reviews and the access log. */
    DATA_REQUESTS,
    /** Who looked at a record: the access log of one contact or request. */
    SEE_ACCESS_LOG,
    /** Staff accounts and settings: no personal data of the public. */
    MANAGE_ACCOUNTS,
    /** Management figures (/staff/insight) of one's own team's contacts: counts, never a person. */
    TEAM_INSIGHT,
    /** Management figures of the whole force, every team and queue: counts, never a person. */
    FORCE_INSIGHT;

    /** Whether this permission shows the public's personal data. */
    public boolean seesContacts() {
        return this == SEE_OPEN_QUEUES || this == SEE_TEAM_CONTACTS || this == SEE_OWN_CONTACTS;
    }
}
