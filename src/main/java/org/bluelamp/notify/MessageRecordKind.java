package org.bluelamp.notify;

import org.bluelamp.platform.personaldata.RecordKind;

/** The kinds of record notify holds: a message goes with the contact or request it is about. */
public enum MessageRecordKind implements RecordKind {
    MESSAGE;
}
