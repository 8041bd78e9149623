package org.psmm.core.ssh;

import com.jcraft.jsch.Logger;

/**
 * Sends JSch's own log to {@link System.Logger} "org.psmm.core.ssh.jsch", one level down (JSch
 * logs every handshake at INFO, which is DEBUG for PSMM). JSch never logs key material.
 */
final class JschLogBridge implements Logger {

    private static final System.Logger LOG = System.getLogger("org.psmm.core.ssh.jsch");

    @Override
    public boolean isEnabled(int level) {
        return LOG.isLoggable(map(level));
    }

    @Override
    public void log(int level, String message) {
        LOG.log(map(level), message);
    }

    @Override
    public void log(int level, String message, Throwable cause) {
        LOG.log(map(level), message, cause);
    }

    private static System.Logger.Level map(int level) {
        switch (level) {
            case Logger.FATAL:
            case Logger.ERROR:
                return System.Logger.Level.WARNING;
            case Logger.WARN:
                return System.Logger.Level.INFO;
            case Logger.INFO:
                return System.Logger.Level.DEBUG;
            default:
                return System.Logger.Level.TRACE;
        }
    }
}
