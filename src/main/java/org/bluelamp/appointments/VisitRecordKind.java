package org.bluelamp.appointments;

import org.bluelamp.platform.personaldata.RecordKind;

/** The kinds of record appointments holds: a PLOD visit goes with its contact. */
public enum VisitRecordKind implements RecordKind {
    VISIT;
}
