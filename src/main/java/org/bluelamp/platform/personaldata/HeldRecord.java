package org.bluelamp.platform.personaldata;

import java.time.Instant;
import java.util.List;

/**
 * One thing a module holds about a subject, as a subject access request shows it: every detail as a labelled line
 * of text, so the data protection team can read it, redact it and put it in the answer.
 *
 * @param kind      the {@link RecordKind#code} of its kind: report, contact, message, recording, visit...
 * @param id        unique among records of its kind, to pick it for the answer
 * @param reference the contact's or report's reference it belongs to, if any
 * @param at        when it was made
 * @param title     a short line saying what it is
 * @param matchedOn which of the subject's details matched (name, email, phone, postcode, date-of-birth, reference)
 * @param fields    what it holds, in order
 */
public record HeldRecord(String kind, String id, String reference, Instant at, String title, List<String> matchedOn,
                         List<Field> fields) {

    public HeldRecord(RecordKind kind, String id, String reference, Instant at, String title, List<String> matchedOn,
                      List<Field> fields) {
        this(kind.code(), id, reference, at, title, matchedOn, fields);
    }

    /** Whether it is a record of this kind. */
    public boolean is(RecordKind kind) {
        return this.kind.equals(kind.code());
    }

    /** A labelled detail; a file is a line naming it. */
    public record Field(String label, String value) {
    }
}
