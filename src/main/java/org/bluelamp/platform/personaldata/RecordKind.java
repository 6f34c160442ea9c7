package org.bluelamp.platform.personaldata;

import java.util.Locale;

/**
 * A kind of record a module holds about people, as the access log, the retention reviews and a subject access
 * request's found records store it. Each module declares its own kinds (an enum implementing this), so the platform
 * names none of them.
 */
public interface RecordKind {

    /** The enum constant's name: every kind is one. */
    String name();

    /**
     * The kind as stored ("contact", "relay-call"...): the constant's name in lower case with hyphens. Rows already
     * written carry it, so a constant is never renamed ({@code StoredCodesTest} lists every code).
     */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
