package org.bluelamp.relay;

import org.bluelamp.platform.personaldata.RecordKind;

/** The kinds of record the BSL video relay holds, as the access log and the retention reviews store them. */
public enum RelayRecordKind implements RecordKind {
    /** A call never logged as a contact, under its own retention rule ({@link RelayCallRetention}). */
    RELAY_CALL,
    /** A call's recording. */
    RECORDING,
    /** A BSL video message (a report, so it goes with its contact). */
    BSL_VIDEO;
}
