package org.psmm.core.logs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a file's format from its first lines ({@code psmm-logcheck --format auto}).
 *
 * <p>How: every format reads the sample with a fresh parser. A line it reports as a failure scores
 * {@value #PARSED} for it; a line that merely shows the format's signature (its program name in the
 * syslog tag, its own timestamp layout or a message only it writes) scores 1. The highest total
 * wins; ties go to the earlier format in {@link LogFormat}'s order; no score at all means unknown.
 * Failures weigh more than signatures so that, in an auth.log where sshd and vsftpd both write, the
 * format whose failures are there wins; a PAM failure line weighs one more for pam.
 */
public final class FormatDetector {

    /** How many lines psmm-logcheck samples from the start of a file. */
    public static final int SAMPLE_LINES = 500;

    static final int PARSED = 5;

    private FormatDetector() {
    }

    public static Optional<LogFormat> detect(List<String> sample, ParseContext ctx) {
        Map<LogFormat, Integer> scores = new EnumMap<>(LogFormat.class);
        for (LogFormat format : LogFormat.values()) {
            LogLineParser parser = format.newParser();
            int score = 0;
            for (String line : sample) {
                if (parser.parse(line, ctx).isPresent()) {
                    // vsftpd's and wu-ftpd's parsers read PAM's lines too, but those lines are PAM's
                    // text: a file of them is read as pam, which knows every service's.
                    score += format == LogFormat.PAM ? PARSED + 1 : PARSED;
                } else if (line.length() <= LogLineParser.MAX_LINE_CHARS && hasSignature(format, line)) {
                    score += 1;
                }
            }
            scores.put(format, score);
        }
        LogFormat best = null;
        int bestScore = 0;
        for (LogFormat format : LogFormat.values()) {
            if (scores.get(format) > bestScore) {
                best = format;
                bestScore = scores.get(format);
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean hasSignature(LogFormat format, String line) {
        switch (format) {
            case SSHD:
                return line.contains("sshd");
            case MARIADB:
                return line.contains("mysqld") || line.contains("mariadbd") || line.contains("[Note] ")
                        || line.contains("[Warning] ") || line.contains("[ERROR] ") || line.contains("InnoDB");
            case VSFTPD:
                return line.contains("vsftpd") || line.contains("] FAIL LOGIN: ") || line.contains("] OK LOGIN: ")
                        || line.contains("] CONNECT: Client ");
            case PROFTPD:
                return line.contains("proftpd");
            case PUREFTPD:
                return line.contains("pure-ftpd");
            case WUFTPD:
                return line.contains("wu-ftpd");
            case APACHE:
                return line.startsWith("[") && Timestamps.ctime(RawLine.of(line), 1) != null || line.contains("[client ")
                        || line.contains("httpd") || line.contains("apache2");
            case NGINX:
                return Timestamps.slashed(RawLine.of(line), 0) != null || line.contains("nginx");
            case XRDP:
                return line.contains("xrdp") || line.startsWith("[") && Timestamps.compact(RawLine.of(line), 1) != null;
            case PAM:
                return line.contains("pam_unix(") || line.contains("(pam_unix)");
            default:
                return false;
        }
    }
}
