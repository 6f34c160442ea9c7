package org.bluelamp.chat;

import org.bluelamp.platform.personaldata.RecordKind;

/** The kinds of record the live chat holds, as the access log stores them. */
public enum ChatRecordKind implements RecordKind {
    /** A web chat: what the person said before and during it. */
    WEB_CHAT;
}
