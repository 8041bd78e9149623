package org.psmm.core.session;

import java.util.regex.Pattern;
import org.psmm.core.ssh.RemoteCommand;

/**
 * What a log-off passes to the host, validated strictly before any command exists: a Linux tty
 * ({@code pts/N} or {@code ttyN}, N digits) or a Windows session id (digits). Nothing else, no
 * user name, no text from a log or from the session list, ever reaches the command; and the
 * command is built from words ({@link RemoteCommand#of}), never pasted into a shell line.
 */
public final class LogoffTarget {

    private static final Pattern TTY = Pattern.compile("(?:pts/[0-9]{1,6}|tty[0-9]{1,3})");
    private static final Pattern WINDOWS_ID = Pattern.compile("[0-9]{1,6}");

    private LogoffTarget() {
    }

    public static boolean isTty(String s) {
        return s != null && TTY.matcher(s).matches();
    }

    public static boolean isWindowsId(String s) {
        return s != null && WINDOWS_ID.matcher(s).matches();
    }

    /** Linux: hang up every process on the tty (sshd closes the session), as root. */
    public static RemoteCommand linux(String tty) {
        if (!isTty(tty)) {
            throw new IllegalArgumentException("not a tty name (pts/N or ttyN)");
        }
        return RemoteCommand.of("pkill", "-HUP", "-t", tty).withSudo();
    }

    /** Windows over OpenSSH: {@code logoff ID} (the monitor account must be an administrator). */
    public static RemoteCommand windows(String id) {
        if (!isWindowsId(id)) {
            throw new IllegalArgumentException("not a Windows session id (digits)");
        }
        return RemoteCommand.windows("logoff", id);
    }
}
