package org.psmm.batch.authfailures;

/** A line that is not text or is too long to be a log message: skipped and counted by the job. */
public class MalformedLogLineException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedLogLineException(long sourceId, long offset) {
        super("log source " + sourceId + ": malformed or over-long line at byte " + offset + " skipped");
    }
}
