package org.psmm.core.advisory;

/** A feed document refused whole: not well-formed XML, not RSS, too big, or carrying a DTD. */
public class FeedFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedFormatException(String message) {
        super(message);
    }

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
