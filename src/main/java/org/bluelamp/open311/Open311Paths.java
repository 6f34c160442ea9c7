package org.bluelamp.open311;

/** Where Open311 is served. */
final class Open311Paths {

    static final String BASE = "/open311/v2";

    private Open311Paths() {
    }
}
