package org.psmm.backup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** One backup or restore at a time: a backup read half-way through a restore would be garbage. */
@ApplicationScoped
public class BackupLock {

    private final ReentrantLock work = new ReentrantLock();

    /** @throws BackupException BUSY when another backup or restore holds it for more than a second */
    public void acquire(String what) {
        try {
            if (!work.tryLock(1, TimeUnit.SECONDS)) {
                throw new BackupException(BackupException.Reason.BUSY,
                        "Another backup or restore is running; try " + what + " again when it is done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(BackupException.Reason.BUSY, "interrupted");
        }
    }

    public void release() {
        work.unlock();
    }

    /** True while a backup or restore runs (the timer skips its round rather than queue). */
    public boolean busy() {
        return work.isLocked();
    }
}
