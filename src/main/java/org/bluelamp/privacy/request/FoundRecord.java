package org.bluelamp.privacy.request;

import org.bluelamp.platform.personaldata.HeldRecord;

/** A record the search found for a request, as it was found, and whether the team put it in the answer. */
public record FoundRecord(HeldRecord held, boolean inScope) {

    /** What identifies it in a form: its kind and id. */
    public String key() {
        return held.kind() + "|" + held.id();
    }
}
