package org.bluelamp.platform.monitoring;

import io.micrometer.core.instrument.Counter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Counts what a transaction did only once it has committed: a rolled-back submission is not a submission. */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void increment(Counter counter, double amount) {
        if (amount <= 0) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment(amount);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment(amount);
            }
        });
    }
}
