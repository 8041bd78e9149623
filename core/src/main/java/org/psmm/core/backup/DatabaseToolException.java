package org.psmm.core.backup;

/** mariadb-dump or mariadb could not run or ended in error; the message holds the tool's own words. */
public class DatabaseToolException extends Exception {

    private static final long serialVersionUID = 1L;

    public DatabaseToolException(String message) {
        super(message);
    }

    public DatabaseToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
