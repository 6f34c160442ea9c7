package org.bluelamp.chat;

import org.bluelamp.platform.personaldata.RecordKind;

/** The kinds of record the live chat holds, as the access log, the retention reviews and subject access store them. */
public enum ChatRecordKind implements RecordKind {
    /**
     * A web chat: what the person said before and during it. One never logged as a contact is under its own retention
     * rule ({@link ChatRetention}); one logged goes with its contact.
     */
    WEB_CHAT;
}
