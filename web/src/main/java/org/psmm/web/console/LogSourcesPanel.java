package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.psmm.host.Host;
import org.psmm.logsource.DuplicateLogSourceException;
import org.psmm.logsource.LogSource;
import org.psmm.logsource.LogSourceForm;
import org.psmm.logsource.LogSourceNotFoundException;
import org.psmm.logsource.LogSourceService;

/** The "Logs" dialog of hosts.xhtml: what PSMM reads on one host, with cursors and counts. */
@Named
@ViewScoped
public class LogSourcesPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FORMATS = List.of("sshd", "mariadb", "vsftpd", "proftpd", "pureftpd", "wuftpd",
            "apache", "nginx", "xrdp");

    @EJB
    private LogSourceService sources;

    private Host host;
    private List<LogSource> list = List.of();
    private LogSourceForm form = new LogSourceForm();

    public void open(Host selected) {
        host = selected;
        form = new LogSourceForm();
        load();
    }

    private void load() {
        list = host == null ? List.of() : sources.listFor(host.getId());
    }

    public Host getHost() {
        return host;
    }

    public List<LogSource> getList() {
        return list;
    }

    public LogSourceForm getForm() {
        return form;
    }

    public List<String> getFormats() {
        return FORMATS;
    }

    /** Suggestions for the host's roles that it does not read yet. */
    public List<LogSourceForm> getSuggestions() {
        if (host == null) {
            return List.of();
        }
        return LogSourceService.suggestions(host).stream()
                .filter(s -> list.stream().noneMatch(l -> l.getPath().equals(s.getPath())))
                .toList();
    }

    public void use(LogSourceForm suggestion) {
        form = new LogSourceForm(suggestion.getPath(), suggestion.getFormat());
    }

    public void add() {
        try {
            sources.create(host.getId(), form);
            form = new LogSourceForm();
            load();
        } catch (DuplicateLogSourceException e) {
            ConsoleMessages.fieldError("logsForm:path", ConsoleMessages.text("logs.duplicate"));
        }
    }

    public void toggle(LogSource source) {
        LogSourceForm change = new LogSourceForm(source.getPath(), source.getFormat());
        change.setEnabled(!source.isEnabled());
        try {
            sources.update(source.getId(), change);
        } catch (LogSourceNotFoundException ignored) {
            // deleted meanwhile: the reload shows it
        }
        load();
    }

    public void delete(LogSource source) {
        try {
            sources.delete(source.getId());
        } catch (LogSourceNotFoundException ignored) {
            // deleted meanwhile
        }
        load();
    }
}
