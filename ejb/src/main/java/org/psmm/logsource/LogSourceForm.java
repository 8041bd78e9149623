package org.psmm.logsource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A log to read: an absolute path on the host and the format of its lines. */
public class LogSourceForm {

    @NotBlank
    @Size(max = 1024)
    @Pattern(regexp = "/[^\\x00\\n\\r]*", message = "{org.psmm.logsource.path.pattern}")
    private String path;

    @NotBlank
    @Pattern(regexp = "mariadb|vsftpd|proftpd|pureftpd|wuftpd|apache|nginx|sshd|xrdp",
            message = "{org.psmm.logsource.format.pattern}")
    private String format;

    private boolean enabled = true;

    public LogSourceForm() {
    }

    public LogSourceForm(String path, String format) {
        this.path = path;
        this.format = format;
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
