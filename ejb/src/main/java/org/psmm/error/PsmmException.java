package org.psmm.error;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A failure PSMM expects and can explain to the person who caused it: a bad value, a missing
 * thing, a conflict with what exists or runs. The message is a sentence for that person; the
 * kind decides the API's status (one mapper for every subclass), the field names what to correct.
 * Application exception: it reaches the caller as thrown, and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class PsmmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The request cannot be done as given (a value out of range, a missing field): 400. */
        INVALID,
        /** What it names does not exist (or no longer): 404. */
        NOT_FOUND,
        /** It clashes with what exists (a duplicate, a key not confirmed, a last admin): 409. */
        CONFLICT,
        /** The caller's role does not allow it on this thing (another user's profile): 403. */
        FORBIDDEN,
        /** Something else runs that this must not overlap (a restore, an update): 409. */
        BUSY,
        /** A file failed its checks and nothing was touched: 422. */
        DAMAGED,
        /** A service PSMM needs is down or refused (database tool, directory): 503. */
        UNAVAILABLE,
        /** It was tried and failed; the message says how: 500. */
        FAILED
    }

    private final Kind kind;
    private final String field;
    private final String fieldMessage;
    private String code;

    public PsmmException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    /** A failure that one field explains, with what is wrong with it (the message if null). */
    public PsmmException(Kind kind, String message, String field, String fieldMessage) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.field = field;
        this.fieldMessage = fieldMessage != null ? fieldMessage : message;
    }

    public static PsmmException invalid(String field, String message) {
        return new PsmmException(Kind.INVALID, message, field, null);
    }

    public static PsmmException notFound(String message) {
        return new PsmmException(Kind.NOT_FOUND, message);
    }

    public static PsmmException conflict(String message) {
        return new PsmmException(Kind.CONFLICT, message);
    }

    /**
     * Names this failure for the console's texts ("account.lastAdmin" → its English and French
     * sentence); the message stays the API's English. Returns this, to throw in one expression.
     */
    public PsmmException coded(String code) {
        this.code = code;
        return this;
    }

    /** The console text's key for this failure, or null when the message is all there is. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The field to correct, or null when the failure is not about one field. */
    public String field() {
        return field;
    }

    /** What is wrong with {@link #field()}. */
    public String fieldMessage() {
        return fieldMessage;
    }
}
