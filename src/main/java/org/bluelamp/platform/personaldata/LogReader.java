package org.bluelamp.platform.personaldata;

/**
 * Who is reading the access log, and so which entries they may see: each entry only to those allowed to see the thing
 * it is about.
 */
public enum LogReader {
    /**
     * A supervisor: reads of contacts and what hangs off them (reports, files, messages, recordings, visits, BSL
     * videos, relay calls), contact searches, and looks at the log of those; not subject access requests, their
     * identity proofs and searches, nor retention reviews and decisions.
     */
    CONTACT_WORK,
    /** The data protection team: every entry. */
    DATA_PROTECTION
}
