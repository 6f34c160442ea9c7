package org.bluelamp.privacy;

import org.bluelamp.platform.personaldata.RecordKind;

/** The kinds of record privacy holds or shows, as the access log, the retention reviews and found records store them. */
public enum PrivacyRecordKind implements RecordKind {
    /** A subject access request as a record held and under retention (request.RequestRetention). */
    DATA_REQUEST,
    /** A subject access request as the data protection team reads or exports it. */
    REQUEST,
    /** A request's identity proof. */
    IDENTITY_PROOF,
    /** A search for a request's subject. */
    SUBJECT,
    /** The access log itself. */
    ACCESS_LOG;
}
