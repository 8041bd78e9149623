package org.psmm.chat;

import jakarta.ejb.ApplicationException;

/** A chat channel an admin typed that cannot work; the message says why, in words for that admin. */
@ApplicationException(rollback = true)
public class InvalidChatChannelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidChatChannelException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** name, type or url. */
    public String field() {
        return field;
    }
}
