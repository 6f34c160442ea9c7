package org.bluelamp.contact;

import org.bluelamp.platform.personaldata.RecordKind;

/** The kinds of record contact holds or shows staff, as the access log and the retention reviews store them. */
public enum ContactRecordKind implements RecordKind {
    /** A contact, under retention by its crime-recording decision ({@link ContactRetention}). */
    CONTACT,
    /** A file sent with a contact's report, opened from the contact. */
    FILE,
    /** A PLOD visit's notes, read on the contact (appointments logs its own reads of visits as the same kind). */
    VISIT;
}
