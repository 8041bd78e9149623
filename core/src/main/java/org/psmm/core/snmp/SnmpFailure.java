package org.psmm.core.snmp;

/**
 * An agent that did not give what was asked, and why, in words an admin can act on. v2c cannot
 * tell a wrong community from an agent that is down (both are silent); v3 reports a wrong
 * password or an unknown user.
 */
public class SnmpFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Nothing came back within the timeout and retries: down, unreachable, or a wrong community. */
        NO_ANSWER,
        /** v3: the agent refused the user or its password (a REPORT of usmStats...). */
        AUTHENTICATION,
        /** The agent answered, but not the objects PSMM needs (its view hides them, or it lacks the MIB). */
        NO_SUCH_OBJECT,
        /** The agent answered with an error status (noAccess, genErr, ...). */
        AGENT_ERROR,
        /** The address cannot be used (no such host name, a bad address). */
        BAD_ADDRESS,
        /** Anything else (a local socket error). */
        ERROR
    }

    private final Reason reason;

    public SnmpFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SnmpFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
