package org.psmm.update;

/** Where an update run stands. */
public enum UpdateStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
