package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jakarta.inject.Inject;
import org.psmm.core.logs.journal.JournalEntry;
import org.psmm.host.Host;
import org.psmm.hostcheck.HostCheckService;
import org.psmm.logsource.InvalidLogSourceException;
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
            "apache", "nginx", "xrdp", "pam");

    @EJB
    private LogSourceService sources;

    @EJB
    private HostCheckService checks;

    @Inject
    private TimeFormat timeFormat;

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
        return checks.suggestedLogSources(host.getId()).stream()
                .filter(s -> list.stream().noneMatch(l -> l.getPath().equals(s.getPath())))
                .toList();
    }

    public void use(LogSourceForm suggestion) {
        form = suggestion.isJournal() ? LogSourceForm.journal(suggestion.getFilter(), suggestion.getFormat())
                : new LogSourceForm(suggestion.getPath(), suggestion.getFormat());
    }

    public void add() {
        try {
            sources.create(host.getId(), form);
            form = new LogSourceForm();
            load();
        } catch (DuplicateLogSourceException e) {
            ConsoleMessages.fieldError(form.isJournal() ? "logsForm:filter" : "logsForm:path",
                    ConsoleMessages.text("logs.duplicate"));
        } catch (InvalidLogSourceException e) {
            // The service's message names what is wrong in the admin's own text (the filter's word).
            ConsoleMessages.fieldError("logsForm:" + e.field(), ConsoleMessages.text("logs.invalid." + e.field())
                    + " " + e.getMessage());
        }
    }

    public void toggle(LogSource source) {
        LogSourceForm change = source.isJournal() ? LogSourceForm.journal(source.getJournalFilter(), source.getFormat())
                : new LogSourceForm(source.getPath(), source.getFormat());
        change.setFile(source.getJournalFile());
        change.setEnabled(!source.isEnabled());
        try {
            sources.update(source.getId(), change);
        } catch (LogSourceNotFoundException ignored) {
            // deleted meanwhile: the reload shows it
        }
        load();
    }

    /** Where a journal source stands: the time of the last entry read, or "not read yet". */
    public String journalPosition(LogSource source) {
        if (source.getJournalTimeMicros() == null) {
            return ConsoleMessages.text("logs.notReadYet");
        }
        return timeFormat.of(JournalEntry.time(source.getJournalTimeMicros()));
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
