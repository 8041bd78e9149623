package org.psmm.logsource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A log to read: an absolute path on the host (kind FILE), or the journal with a filter of units or
 * syslog identifiers (kind JOURNAL, optionally from a journal file), and the format of its lines.
 */
public class LogSourceForm {

    @Pattern(regexp = "FILE|JOURNAL", message = "{org.psmm.logsource.kind.pattern}")
    private String kind = "FILE";

    /** Required for a file; for the journal, the service sets it to a label of the filter. */
    @Size(max = 1024)
    @Pattern(regexp = "/[^\\x00\\n\\r]*", message = "{org.psmm.logsource.path.pattern}")
    private String path;

    @NotBlank
    @Pattern(regexp = "mariadb|vsftpd|proftpd|pureftpd|wuftpd|apache|nginx|sshd|xrdp|pam",
            message = "{org.psmm.logsource.format.pattern}")
    private String format;

    private boolean enabled = true;

    /** JOURNAL: units ({@code ssh.service}) or syslog identifiers ({@code sshd,sshd-session}). */
    @Size(max = 255)
    private String filter;

    /** JOURNAL: a journal file to read instead of the system journal (labs, tests), or empty. */
    @Size(max = 1024)
    @Pattern(regexp = "(/[^\\x00\\n\\r]*)?", message = "{org.psmm.logsource.path.pattern}")
    private String file;

    public LogSourceForm() {
    }

    public LogSourceForm(String path, String format) {
        this.path = path;
        this.format = format;
    }

    /** A journal source reading these units or identifiers with this format. */
    public static LogSourceForm journal(String filter, String format) {
        LogSourceForm form = new LogSourceForm(null, format);
        form.kind = LogSourceKind.JOURNAL.name();
        form.filter = filter;
        form.path = LogSourceService.journalLabel(filter, null);
        return form;
    }

    public boolean isJournal() {
        return LogSourceKind.JOURNAL.name().equals(kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
