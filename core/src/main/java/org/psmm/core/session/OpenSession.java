package org.psmm.core.session;

/**
 * One open session on a host. {@code session}: the tty ({@code pts/3}, {@code tty1}) on Linux,
 * the session id on Windows (digits), the only value ever passed to a log-off. {@code name}: the
 * Windows session name ({@code rdp-tcp#3}, {@code console}, empty when disconnected) or the tty.
 * {@code from}: the client as the host wrote it (may be empty). {@code since}: the login time as
 * the host wrote it, in its own zone. {@code idleSeconds}: null when unknown.
 */
public record OpenSession(String user, String session, String name, String from, String since, Long idleSeconds,
        State state, Integer pid) implements java.io.Serializable {

    /** Active (someone may be typing) or disconnected (Windows: the client went away, the session stays). */
    public enum State {
        ACTIVE, DISCONNECTED, OTHER
    }

    public boolean idleLongerThan(long seconds) {
        return idleSeconds != null && idleSeconds > seconds;
    }
}
