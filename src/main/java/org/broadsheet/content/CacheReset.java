package org.broadsheet.content;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Resets an in-memory cache now, and again when the current transaction ends: what was read in
 * between (old rows, or rows that were then rolled back) must not stay cached.
 */
final class CacheReset {

    private CacheReset() {
    }

    static void nowAndAfterTransaction(Runnable reset) {
        reset.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reset.run();
                }
            });
        }
    }
}
