package org.bluelamp.platform.personaldata;

/**
 * Implemented by every module that holds personal data: deletes what it holds for a record being disposed of under
 * its retention rule, in the caller's transaction. Files are deleted from the file store only after that transaction
 * commits ({@link org.bluelamp.platform.files.DeleteAfterCommit}). Implementations that others' rows point to run
 * last ({@code @Order}), so no foreign key is left dangling.
 */
public interface RecordDisposer {

    /** Rows deleted by implementations ordered at or below this run before those of the report they point to. */
    int BEFORE_REPORTS = 0;
    int REPORTS = 10;

    /**
     * @param kind      contact (the reference is the contact's, and its report's) or relay-call (the call's id)
     * @param reference the record's reference
     */
    void dispose(String kind, String reference);
}
