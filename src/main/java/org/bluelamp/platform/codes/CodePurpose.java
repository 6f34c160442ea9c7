package org.bluelamp.platform.codes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a one-time code opens. The message module words each purpose's message in a switch with no default, so a new
 * purpose without its message does not compile. The value is what is stored (the challenge's purpose column) and
 * what events already in the event log carry, so it never changes for an existing purpose.
 */
public enum CodePurpose {
    /** A report's "check your report" pages (tracking). */
    TRACK_REPORT,
    /** A report saved to finish later (reporting). */
    RESUME,
    /** The answer to a subject access request (privacy). */
    DATA_ANSWER;

    /** The constant's name in lower case with hyphens ({@code StoredCodesTest} lists every value). */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
