package org.bluelamp.platform.personaldata;

/**
 * Implemented by every module that files personal data under another record's reference (a contact's and its
 * report's, or a subject access request's): deletes what it holds under a reference whose record is being disposed
 * of, whatever kind that record is, in the caller's transaction. It runs after the record's own
 * {@link RetainedRecords#dispose}. Files are deleted from the file store only after that transaction commits
 * ({@link org.bluelamp.platform.files.DeleteAfterCommit}). Implementations that others' rows point to run last
 * ({@code @Order}), so no foreign key is left dangling.
 */
public interface RecordDisposer {

    /** Rows deleted by implementations ordered at or below this run before those of the report they point to. */
    int BEFORE_REPORTS = 0;
    int REPORTS = 10;

    /** Deletes what this module holds under the reference. */
    void dispose(String reference);
}
