package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psmm.batch.AuthFailuresJob;
import org.psmm.batch.JobConflictException;
import org.psmm.batch.JobExecutionView;
import org.psmm.batch.PsmmJobs;
import org.psmm.host.HostNotFoundException;
import org.psmm.host.HostService;
import org.psmm.logsource.LogSource;
import org.psmm.logsource.LogSourceNotFoundException;
import org.psmm.logsource.LogSourceService;

/** jobs.xhtml: executions of PSMM's jobs, refreshed while one runs; start, restart, stop, abandon. */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @EJB
    private PsmmJobs jobs;

    @EJB
    private AuthFailuresJob authFailures;

    @EJB
    private LogSourceService sources;

    @EJB
    private HostService hosts;

    private List<JobExecutionView> executions;
    private final Map<Long, PartitionSource> sourceNames = new HashMap<>();

    @PostConstruct
    public void refresh() {
        executions = jobs.executions(SHOWN);
    }

    public List<JobExecutionView> getExecutions() {
        return executions;
    }

    public boolean isAnyRunning() {
        return executions.stream().anyMatch(JobExecutionView::isRunning);
    }

    /** A partition's log source as its row shows it: the host (a link to its page) and the path. */
    public record PartitionSource(Long hostId, String host, String path) implements Serializable {
    }

    /** The host and path of a partition's source; a deleted source shows as its id. */
    public PartitionSource source(Long sourceId) {
        if (sourceId == null) {
            return new PartitionSource(null, "", "");
        }
        return sourceNames.computeIfAbsent(sourceId, id -> {
            try {
                LogSource s = sources.get(id);
                return new PartitionSource(s.getHostId(), hosts.get(s.getHostId()).getName(), s.getPath());
            } catch (LogSourceNotFoundException | HostNotFoundException e) {
                return new PartitionSource(null, "#" + id + " (" + ConsoleMessages.text("jobs.source.deleted") + ")", "");
            }
        });
    }

    public void collectNow() {
        act(() -> {
            long id = authFailures.start();
            ConsoleMessages.info(ConsoleMessages.text("jobs.started.message", id));
        });
    }

    public void restart(JobExecutionView e) {
        act(() -> {
            long id = jobs.restart(e.id());
            ConsoleMessages.info(ConsoleMessages.text("jobs.restarted", e.id(), id));
        });
    }

    public void stop(JobExecutionView e) {
        act(() -> {
            jobs.stop(e.id());
            ConsoleMessages.info(ConsoleMessages.text("jobs.stopping", e.id()));
        });
    }

    public void abandon(JobExecutionView e) {
        act(() -> {
            jobs.abandon(e.id());
            ConsoleMessages.info(ConsoleMessages.text("jobs.abandoned", e.id()));
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (JobConflictException e) {
            ConsoleMessages.error(e.getMessage());
        } catch (BatchRuntimeException e) {
            ConsoleMessages.error(ConsoleMessages.text("jobs.refused") + " " + e.getMessage());
        } catch (EJBException e) {
            ConsoleMessages.error(ConsoleMessages.text("jobs.refused") + " " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        refresh();
    }
}
