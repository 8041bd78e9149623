package org.psmm.web.console;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.psmm.batch.AuthFailuresJob;
import org.psmm.batch.JobConflictException;
import org.psmm.core.ssh.SshException;
import org.psmm.host.DuplicateHostNameException;
import org.psmm.host.Host;
import org.psmm.host.HostForm;
import org.psmm.host.HostKeyNotConfirmedException;
import org.psmm.host.HostKeyService;
import org.psmm.host.HostNotFoundException;
import org.psmm.host.HostRole;
import org.psmm.host.HostService;
import org.psmm.host.ScannedHostKey;
import org.psmm.hostcheck.HostCheck;
import org.psmm.hostcheck.HostCheckItem;
import org.psmm.hostcheck.HostCheckService;
import org.psmm.logsource.DuplicateLogSourceException;
import org.psmm.logsource.InvalidLogSourceException;
import org.psmm.logsource.LogSourceForm;
import org.psmm.logsource.LogSourceService;

/**
 * The guided "add a host" dialog of hosts.xhtml: address and roles, the key to confirm, the
 * checks, the log sources found on the host, then a first collection. Each step uses the same
 * services as the separate dialogs; an admin's flow only (log sources are read with sudo).
 */
@Named
@ViewScoped
public class AddHostFlow implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DETAILS = 1;
    public static final int KEY = 2;
    public static final int CHECK = 3;
    public static final int LOGS = 4;
    public static final int DONE = 5;
    private static final List<String> FORMATS = List.of("sshd", "mariadb", "vsftpd", "proftpd", "pureftpd", "wuftpd",
            "apache", "nginx", "xrdp", "pam");

    @EJB
    private HostService hosts;

    @EJB
    private HostKeyService hostKeys;

    @EJB
    private HostCheckService checks;

    @EJB
    private LogSourceService sources;

    @EJB
    private AuthFailuresJob authFailures;

    private int step = DETAILS;
    private HostForm form = new HostForm();
    private Host host;
    private ScannedHostKey scannedKey;
    private String error;
    private HostCheck check;
    private List<LogSourceForm> suggestions = List.of();
    private List<String> selected = new ArrayList<>();
    private int added;
    private Long executionId;
    private String otherPath;
    private String otherFormat = "sshd";

    public void open() {
        step = DETAILS;
        form = new HostForm();
        host = null;
        scannedKey = null;
        error = null;
        check = null;
        suggestions = List.of();
        selected = new ArrayList<>();
        added = 0;
        executionId = null;
        otherPath = null;
        otherFormat = "sshd";
    }

    public int getStep() {
        return step;
    }

    public HostForm getForm() {
        return form;
    }

    public Host getHost() {
        return host;
    }

    public HostRole[] getAllRoles() {
        return HostRole.values();
    }

    public Set<HostRole> getRoles() {
        return form.getRoles();
    }

    public void setRoles(Set<?> chosen) {
        Set<HostRole> roles = EnumSet.noneOf(HostRole.class);
        for (Object o : chosen) {
            roles.add(o instanceof HostRole r ? r : HostRole.valueOf(o.toString()));
        }
        form.setRoles(roles);
    }

    public ScannedHostKey getScannedKey() {
        return scannedKey;
    }

    public String getError() {
        return error;
    }

    public HostCheck getCheck() {
        return check;
    }

    public List<LogSourceForm> getSuggestions() {
        return suggestions;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public int getAdded() {
        return added;
    }

    public Long getExecutionId() {
        return executionId;
    }

    /** The key one suggestion has in the checkboxes: its position. */
    public String keyOf(LogSourceForm suggestion) {
        return String.valueOf(suggestions.indexOf(suggestion));
    }

    public String label(LogSourceForm s) {
        return (s.isJournal() ? ConsoleMessages.text("logs.kind.JOURNAL") + ": " + s.getFilter() : s.getPath())
                + " (" + s.getFormat() + ")";
    }

    /**
     * What to run elsewhere to compare the key: on the host's console, and from any machine that
     * reaches it. Shown as text, never run.
     */
    public String getHostCommand() {
        return scannedKey == null ? "" : "ssh-keygen -lf /etc/ssh/ssh_host_" + shortType() + "_key.pub";
    }

    public String getKeyscanCommand() {
        return host == null || scannedKey == null ? ""
                : "ssh-keyscan -p " + host.getSshPort() + " -t " + shortType() + " " + host.getAddress()
                + " | ssh-keygen -lf -";
    }

    private String shortType() {
        String type = scannedKey.keyType().toLowerCase(Locale.ROOT);
        if (type.startsWith("ssh-")) {
            type = type.substring(4);
        }
        return type.startsWith("ecdsa") ? "ecdsa" : type;
    }

    /** Step 1: creates the host, then reads the key it presents. */
    public void create() {
        try {
            host = hosts.create(form);
            ConsoleMessages.info(ConsoleMessages.text("hosts.added", host.getName()));
            step = KEY;
            scan();
        } catch (DuplicateHostNameException e) {
            ConsoleMessages.fieldError("flowForm:flow-name", ConsoleMessages.text("hosts.duplicate"));
        }
    }

    public void scan() {
        scannedKey = null;
        error = null;
        try {
            scannedKey = hostKeys.scan(host.getId());
        } catch (SshException e) {
            error = e.getMessage();
        } catch (HostNotFoundException e) {
            error = ConsoleMessages.text("hosts.gone", host.getName());
        }
    }

    /** Step 2: pins the key the admin compared, then runs the checks. */
    public void confirmKey() {
        try {
            hostKeys.confirm(host.getId(), scannedKey.fingerprint());
            ConsoleMessages.info(ConsoleMessages.text("hosts.key.pinned", host.getName()));
            error = null;
            step = CHECK;
            runCheck();
        } catch (SshException | HostKeyNotConfirmedException e) {
            error = e.getMessage();
        } catch (HostNotFoundException e) {
            error = ConsoleMessages.text("hosts.gone", host.getName());
        }
    }

    public void runCheck() {
        try {
            check = checks.check(host.getId());
        } catch (HostNotFoundException e) {
            error = ConsoleMessages.text("hosts.gone", host.getName());
        }
    }

    /** Whether the host is marked Windows: as chosen in step 1, or as the check detected it. */
    public boolean isWindows() {
        return host != null && host.isWindows();
    }

    /** Step 3 to 4: the usual logs for the roles, those found on the host ticked. */
    public void toLogs() {
        try {
            host = hosts.get(host.getId()); // the check may have found Windows and marked the host
            suggestions = new ArrayList<>(checks.suggestedLogSources(host.getId()));
        } catch (HostNotFoundException e) {
            error = ConsoleMessages.text("hosts.gone", host.getName());
            return;
        }
        List<String> files = suggestions.stream().filter(s -> !s.isJournal()).map(LogSourceForm::getPath).distinct().toList();
        Set<String> found = new java.util.HashSet<>(checks.existingFiles(host.getId(), files));
        selected = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            LogSourceForm s = suggestions.get(i);
            // A journal source is suggested only where the check found the file missing.
            if (s.isJournal() || found.contains(s.getPath())) {
                selected.add(String.valueOf(i));
            }
        }
        step = LOGS;
    }

    public String getOtherPath() {
        return otherPath;
    }

    public void setOtherPath(String otherPath) {
        this.otherPath = otherPath;
    }

    public String getOtherFormat() {
        return otherFormat;
    }

    public void setOtherFormat(String otherFormat) {
        this.otherFormat = otherFormat;
    }

    public List<String> getFormats() {
        return FORMATS;
    }

    /** Another file than the usual ones: looked for on the host, ticked if it is there. */
    public void lookFor() {
        String path = otherPath == null ? "" : otherPath.strip();
        if (path.isEmpty() || !FORMATS.contains(otherFormat)) {
            return;
        }
        LogSourceForm other = new LogSourceForm(path, otherFormat);
        List<LogSourceForm> list = new ArrayList<>(suggestions);
        list.add(other);
        suggestions = list;
        if (checks.existingFiles(host.getId(), List.of(path)).contains(path)) {
            selected.add(String.valueOf(list.size() - 1));
        } else {
            ConsoleMessages.fieldError("flowForm:flow-other-path", ConsoleMessages.text("flow.logs.missing"));
        }
        otherPath = null;
    }

    /** The paths the check's "logs" item reports as found. */
    static Set<String> found(HostCheck check) {
        Set<String> found = new java.util.HashSet<>();
        for (HostCheckItem item : check.getItems()) {
            if (HostCheckService.LOGS.equals(item.getName()) && item.isPassed() && item.getDetail() != null) {
                item.getDetail().lines().filter(l -> l.endsWith(": found, read as a file"))
                        .forEach(l -> found.add(l.substring(0, l.indexOf(": found"))));
            }
        }
        return found;
    }

    /** Step 4: adds the ticked sources and starts the first collection. */
    public void addAndCollect() {
        error = null;
        added = 0;
        for (String key : selected) {
            int i;
            try {
                i = Integer.parseInt(key);
            } catch (NumberFormatException e) {
                continue;
            }
            if (i < 0 || i >= suggestions.size()) {
                continue;
            }
            LogSourceForm s = suggestions.get(i);
            LogSourceForm form = s.isJournal() ? LogSourceForm.journal(s.getFilter(), s.getFormat())
                    : new LogSourceForm(s.getPath(), s.getFormat());
            try {
                sources.create(host.getId(), form);
                added++;
            } catch (DuplicateLogSourceException e) {
                // already read: nothing to add
            } catch (InvalidLogSourceException e) {
                error = label(s) + ": " + e.getMessage();
                return;
            }
        }
        try {
            executionId = authFailures.start();
            ConsoleMessages.info(ConsoleMessages.text("jobs.started.message", executionId));
            step = DONE;
        } catch (JobConflictException e) {
            error = e.getMessage();
        } catch (BatchRuntimeException e) {
            error = ConsoleMessages.text("jobs.refused") + " " + e.getMessage();
        } catch (EJBException e) {
            error = ConsoleMessages.text("jobs.refused") + " " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
    }
}
