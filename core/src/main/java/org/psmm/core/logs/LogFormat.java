package org.psmm.core.logs;

import java.util.Locale;
import java.util.Optional;

/** The log formats PSMM reads, by the name used in log sources and by {@code psmm-logcheck --format}. */
public enum LogFormat {
    SSHD("sshd", "ssh"),
    MARIADB("mariadb", "mariadb"),
    VSFTPD("vsftpd", "ftp"),
    PROFTPD("proftpd", "ftp"),
    PUREFTPD("pureftpd", "ftp"),
    WUFTPD("wuftpd", "ftp"),
    APACHE("apache", "web"),
    NGINX("nginx", "web"),
    XRDP("xrdp", "rdp"),
    /** PAM's own lines (auth.log, the journal): the service comes from each line's PAM service name. */
    PAM("pam", "pam");

    private final String id;
    private final String service;

    LogFormat(String id, String service) {
        this.id = id;
        this.service = service;
    }

    /** The name used on the command line and stored with a log source: {@code sshd}, {@code mariadb}, ... */
    public String id() {
        return id;
    }

    /**
     * The attacked service: {@code ssh}, {@code mariadb}, {@code ftp}, {@code web}, {@code rdp}; for
     * {@link #PAM} only a default, each line naming its own ({@link ParsedFailure#service()}).
     */
    public String service() {
        return service;
    }

    /**
     * Whether a line of this format is read on its own, without what earlier lines said: such a file
     * may be cut into parts read in parallel. Only sshd links lines (one attempt over several lines).
     */
    public boolean linesIndependent() {
        return this != SSHD;
    }

    /** A new parser for one stream of this format (parsers may keep state between lines). */
    public LogLineParser newParser() {
        switch (this) {
            case SSHD:
                return new SshdLogParser();
            case MARIADB:
                return new MariaDbLogParser();
            case VSFTPD:
                return new VsftpdLogParser();
            case PROFTPD:
                return new ProftpdLogParser();
            case PUREFTPD:
                return new PureFtpdLogParser();
            case WUFTPD:
                return new WuFtpdLogParser();
            case APACHE:
                return new ApacheErrorLogParser();
            case NGINX:
                return new NginxErrorLogParser();
            case XRDP:
                return new XrdpLogParser();
            case PAM:
                return new PamLogParser();
            default:
                throw new AssertionError(this);
        }
    }

    /** The format named {@code id} (case-insensitive), if any. */
    public static Optional<LogFormat> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.toLowerCase(Locale.ROOT);
        for (LogFormat f : values()) {
            if (f.id.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
