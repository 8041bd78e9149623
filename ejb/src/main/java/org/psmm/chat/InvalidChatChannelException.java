package org.psmm.chat;

import org.psmm.error.PsmmException;

/** A chat channel an admin typed that cannot work; the message says why, in words for that admin. */
public class InvalidChatChannelException extends PsmmException {

    private static final long serialVersionUID = 1L;

    /** field: name, type or url. */
    public InvalidChatChannelException(String field, String message) {
        super(Kind.INVALID, message, field, null);
    }
}
