package org.psmm.core.logs.journal;

import java.util.Locale;
import org.psmm.core.logs.LogFormat;

/** The log format of a program by its syslog identifier, where PSMM has a parser for it. */
public final class JournalIdentifiers {

    private JournalIdentifiers() {
    }

    /** sshd and sshd-session (OpenSSH 9.8+) → sshd; mariadbd, mysqld → mariadb; ...; otherwise null. */
    public static LogFormat format(String identifier) {
        if (identifier == null) {
            return null;
        }
        String id = identifier.toLowerCase(Locale.ROOT);
        if (id.startsWith("sshd")) {
            return LogFormat.SSHD;
        }
        if (id.startsWith("mariadb") || id.startsWith("mysqld")) {
            return LogFormat.MARIADB;
        }
        if (id.equals("vsftpd")) {
            return LogFormat.VSFTPD;
        }
        if (id.equals("proftpd")) {
            return LogFormat.PROFTPD;
        }
        if (id.startsWith("pure-ftpd")) {
            return LogFormat.PUREFTPD;
        }
        if (id.startsWith("xrdp")) {
            return LogFormat.XRDP;
        }
        return null;
    }
}
