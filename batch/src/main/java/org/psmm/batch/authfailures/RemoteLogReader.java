package org.psmm.batch.authfailures;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import org.psmm.core.logs.LogFormat;
import org.psmm.core.logs.LogLineReader;
import org.psmm.core.logs.ReadAheadStream;
import org.psmm.core.logs.rotation.LogCursor;
import org.psmm.core.logs.rotation.LogFileProbe;
import org.psmm.core.logs.rotation.LogFileState;
import org.psmm.core.logs.rotation.ReadPlan;
import org.psmm.core.logs.rotation.ReadSegment;
import org.psmm.core.logs.rotation.RotationPlanner;
import org.psmm.core.ssh.CommandOutput;
import org.psmm.core.ssh.RemoteCommand;
import org.psmm.core.ssh.RemoteProcess;
import org.psmm.core.ssh.SshException;
import org.psmm.core.ssh.SshTarget;
import org.psmm.host.Host;
import org.psmm.host.HostService;
import org.psmm.logsource.LogSource;
import org.psmm.logsource.LogSourceService;
import org.psmm.ssh.SshConnections;

/**
 * Streams one log source over SSH from its cursor, line by line (a journal source entry by entry,
 * through {@link JournalStream}): the rest of a rotated file
 * first, then the live file, never a whole file in memory. The cursor is saved in
 * {@link #checkpointInfo()}, which JBeret calls inside the chunk's transaction, so it commits
 * with the failures read up to it: a crash or a restart neither loses nor repeats a line.
 */
@Named
@Dependent
public class RemoteLogReader implements ItemReader {

    private static final Logger LOG = Logger.getLogger(RemoteLogReader.class.getName());
    /** Reading a large log for the first time takes a while; a stalled read still ends. */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(30);
    private static final int PROBE_OUTPUT_MAX = 16 * 1024;
    /**
     * Read ahead of the chunks, 8 MB a log at most (about 60,000 lines): the transfer goes on while a
     * chunk is written to the database, where SSH's own window (1 MB) would stall it.
     */
    private static final int READ_AHEAD_BLOCK = 64 * 1024;
    private static final int READ_AHEAD_BLOCKS = 128;
    /**
     * How far before its cursor a log whose lines link is read again (sshd: a connection's refused
     * key and its close are two lines, the failure is reported on the second). A collection that ran
     * between them left the first behind it; read again, it lets the parser report the second.
     * The lines read again yield nothing: what they gave was stored by the run that read them.
     */
    static final long READ_AGAIN_BYTES = 256 * 1024;

    @Inject
    @BatchProperty
    private String sourceId;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @EJB
    private LogSourceService sources;

    @EJB
    private HostService hosts;

    @EJB
    private SshConnections ssh;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    private ManagedThreadFactory threads;

    private long id;
    private SshTarget target;
    private final Deque<ReadSegment> segments = new ArrayDeque<>();
    private ReadSegment segment;
    private RemoteProcess process;
    private ReadAheadStream ahead;
    private LogLineReader lines;
    private LogCursor cursor;
    private long unsavedLines;
    private long unsavedSkipped;
    private LogCursor saved;
    /** A journal source is read by this instead (see {@link JournalStream}). */
    private JournalStream journal;
    private JournalCheckpoint journalSaved;
    private boolean gapUnsaved;
    private boolean gapNoted;
    /** Whether this log's lines link (see {@link #READ_AGAIN_BYTES}). */
    private boolean linesLink;
    /** Where the segment's lines read again start (a fragment there is dropped); its own start at its cursor. */
    private long againFrom;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        // JBeret reopens the same reader after rolling a chunk back for a retry: start clean.
        closeProcess();
        segments.clear();
        segment = null;
        unsavedLines = 0;
        unsavedSkipped = 0;
        id = Long.parseLong(sourceId);
        LogSource source = sources.get(id);
        Host host = hosts.get(source.getHostId());
        target = host.sshTarget();
        if (source.isJournal()) {
            openJournal(source);
            return;
        }
        // The stored cursor was committed with the rows; it is never behind JBeret's checkpoint.
        cursor = source.cursor();
        saved = cursor;
        linesLink = LogFormat.byId(source.getFormat()).map(f -> !f.linesIndependent()).orElse(false);
        List<LogFileState> files = probe(source.getPath(), cursor);
        LogFileState live = LogFileProbe.live(source.getPath(), files).orElse(null);
        ReadPlan plan = RotationPlanner.plan(cursor, live, LogFileProbe.rotated(source.getPath(), files));
        if (plan.gap() != null) {
            LOG.warning(() -> "log source " + id + " (" + source.getPath() + " on " + host.getName() + "): " + plan.gap());
        }
        // One note (or none, which clears the last one): a missing live file and a gap may come together.
        String missing = live == null ? source.getPath() + " does not exist on " + host.getName() + " (yet)" : null;
        sources.recordError(id, job.getExecutionId(), plan.gap() == null ? missing : missing == null ? plan.gap() : plan.gap() + "; " + missing);
        segments.addAll(plan.segments());
        // Only the plan's first segment continues the cursor: the lines before it are this file's.
        openNextSegment(linesLink);
    }

    private void openJournal(LogSource source) throws SshException {
        // As for files, the stored checkpoint was committed with the rows: it wins over JBeret's.
        journalSaved = new JournalCheckpoint(source.getJournalCursor(), source.getJournalTimeMicros());
        gapUnsaved = false;
        gapNoted = false;
        sources.recordError(id, job.getExecutionId(), null);
        journal = new JournalStream(ssh.client(), target, source.getJournalFilter(), source.getJournalFile(), journalSaved);
    }

    private Object readJournal() throws IOException {
        JournalLine line = journal.next();
        if (journal.gap() != null && !gapNoted) {
            gapNoted = true;
            gapUnsaved = true;
            String gap = journal.gap();
            LOG.warning(() -> "log source " + id + " (" + journal + "): " + gap);
            sources.recordError(id, job.getExecutionId(), gap);
        }
        if (line != null) {
            unsavedLines++;
            if (line.malformed()) {
                unsavedSkipped++;
            }
        }
        return line;
    }

    private List<LogFileState> probe(String path, LogCursor from) throws SshException {
        List<String> args = LogFileProbe.arguments(path, from);
        CommandOutput out = ssh.client().capture(target,
                RemoteCommand.script(LogFileProbe.SCRIPT, args.toArray(String[]::new)).withSudo(), PROBE_OUTPUT_MAX);
        out.result().requireSuccess();
        return LogFileProbe.parse(out.stdoutText());
    }

    private void openNextSegment(boolean readAgain) throws IOException {
        closeProcess();
        segment = segments.poll();
        if (segment == null) {
            return;
        }
        // The first segment continues the stored cursor or starts a new file; a later one is the
        // live file after a finished rotation, where reading now resumes even if nothing follows.
        cursor = segment.cursor();
        long start = segment.cursor().offset();
        againFrom = readAgain ? Math.max(0, start - READ_AGAIN_BYTES) : start;
        process = ssh.client().start(target, RemoteCommand.script(LogFileProbe.READ_SCRIPT,
                segment.file().path(), String.valueOf(againFrom + 1)).withSudo(), READ_TIMEOUT);
        ahead = new ReadAheadStream(process.stdout(), threads, READ_AHEAD_BLOCK, READ_AHEAD_BLOCKS);
        lines = new LogLineReader(CollectionPhases.of(step).timed(ahead), againFrom);
    }

    @Override
    public Object readItem() throws Exception {
        if (journal != null) {
            return readJournal();
        }
        while (segment != null) {
            if (lines.next()) {
                if (lines.offset() < segment.cursor().offset()) {
                    // Read from inside a line, the first is a fragment; every one before the cursor was collected.
                    if (lines.offset() == againFrom && againFrom > 0) {
                        continue;
                    }
                    return new LogLine(segment.cursor().identity(), lines.offset(), lines.line(), false, lines.truncated(), true);
                }
                if (lines.unterminated() && !segment.finished()) {
                    // The live file's last line is still being written: the next run reads it whole.
                    segments.clear();
                    closeProcess();
                    segment = null;
                    return null;
                }
                cursor = segment.cursor().at(lines.nextOffset());
                unsavedLines++;
                boolean malformed = lines.truncated() || lines.line().indexOf('\uFFFD') >= 0 || hasControlBytes(lines.line());
                if (malformed) {
                    unsavedSkipped++;
                }
                return new LogLine(segment.cursor().identity(), lines.offset(), lines.line(), malformed, lines.truncated(), false);
            }
            process.waitFor().requireSuccess();
            openNextSegment(false);
        }
        return null;
    }

    // NUL and the C0 controls other than TAB never appear in a log line a server wrote as text.
    private static boolean hasControlBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t') {
                return true;
            }
        }
        return false;
    }

    // JBeret may call this twice per chunk: only a change is written.
    @Override
    public Serializable checkpointInfo() {
        if (journal != null) {
            JournalCheckpoint at = journal.position();
            if (unsavedLines > 0 || gapUnsaved || !at.equals(journalSaved)) {
                sources.advanceJournal(id, job.getExecutionId(), at.cursor(), at.timeMicros(), unsavedLines, unsavedSkipped,
                        gapUnsaved);
                CollectionPhases.of(step).lines += unsavedLines;
                unsavedLines = 0;
                unsavedSkipped = 0;
                gapUnsaved = false;
                journalSaved = at;
            }
            return at;
        }
        if (unsavedLines > 0 || (cursor != null && !cursor.equals(saved))) {
            sources.advance(id, job.getExecutionId(), cursor, unsavedLines, unsavedSkipped);
            CollectionPhases.of(step).lines += unsavedLines;
            unsavedLines = 0;
            unsavedSkipped = 0;
            saved = cursor;
        }
        return cursor;
    }

    @Override
    public void close() {
        closeProcess();
        CollectionPhases phases = CollectionPhases.of(step);
        phases.closing();
        LOG.info(() -> "log source " + id + " collected in execution " + job.getExecutionId() + ": " + phases.summary());
    }

    private void closeProcess() {
        if (journal != null) {
            journal.close();
            journal = null;
        }
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
        if (process != null) {
            process.close();
            process = null;
        }
        lines = null;
    }
}
