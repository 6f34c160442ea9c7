package org.bluelamp.platform.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Deletes files from the store once the transaction that removed the rows naming them has committed: a rollback
 * never loses a file the database still points to. A file left by a crash between the commit and the deletion names
 * no row, so it can never be read again.
 */
@Component
public class DeleteAfterCommit {

    private static final Logger log = LoggerFactory.getLogger(DeleteAfterCommit.class);

    private final FileStore files;
    private final FileScans scans;

    DeleteAfterCommit(FileStore files, FileScans scans) {
        this.files = files;
        this.scans = scans;
    }

    /** Deletes the files after the current transaction commits; there must be one. Their scan records go with it. */
    public void delete(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Files are deleted after a transaction commits: there is none");
        }
        List<UUID> toDelete = List.copyOf(ids);
        scans.forgetAll(toDelete);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (UUID id : toDelete) {
                    try {
                        files.delete(id);
                    } catch (RuntimeException e) {
                        log.warn("Could not delete file {} after its record was removed: {}", id, e.getMessage());
                    }
                }
            }
        });
    }
}
