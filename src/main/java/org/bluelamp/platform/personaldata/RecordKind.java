package org.bluelamp.platform.personaldata;

/**
 * A kind of record a module holds about people, as the access log, the retention reviews and a subject access
 * request's found records store it. Each module declares its own kinds (an enum implementing this), so the platform
 * names none of them; the stored code of a kind never changes, as rows already written carry it.
 */
public interface RecordKind {

    /** The kind as stored ("contact", "relay-call"...). */
    String code();
}
