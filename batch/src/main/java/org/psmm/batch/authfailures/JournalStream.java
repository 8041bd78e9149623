package org.psmm.batch.authfailures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.psmm.core.logs.LogLineReader;
import org.psmm.core.logs.journal.JournalCommand;
import org.psmm.core.logs.journal.JournalEntry;
import org.psmm.core.logs.journal.JournalFilter;
import org.psmm.core.logs.journal.JournalJson;
import org.psmm.core.logs.journal.MalformedJournalEntryException;
import org.psmm.core.ssh.RemoteCommand;
import org.psmm.core.ssh.RemoteProcess;
import org.psmm.core.ssh.SshClient;
import org.psmm.core.ssh.SshException;
import org.psmm.core.ssh.SshTarget;

/**
 * Streams one journal source's entries over SSH ({@code journalctl -o json}, one entry per line,
 * never the whole output in memory) from its checkpoint.
 *
 * <p>From a cursor it runs {@code --cursor} and expects that entry first, which it drops: it was
 * stored by the last run. Any other first entry, or none, means the cursor is no longer in the
 * journal (vacuumed, rotated away, another journal file): that is a gap, reported with
 * {@link #gap()}, and reading goes on from the first entry after the last time read
 * ({@code --since}), never from wherever journalctl's seek happened to land.
 */
final class JournalStream implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(30);

    private final SshClient ssh;
    private final SshTarget target;
    private final JournalFilter filter;
    private final String file;
    private RemoteProcess process;
    private LogLineReader lines;
    /** The first entry must be the cursor's own. */
    private String expectedFirst;
    /** Entries at or before this time were read already (after a gap, or from a cursor-less checkpoint). */
    private Long after;
    private JournalCheckpoint position;
    private String gap;

    JournalStream(SshClient ssh, SshTarget target, String filter, String file, JournalCheckpoint from)
            throws SshException {
        this.ssh = ssh;
        this.target = target;
        this.filter = JournalFilter.parse(filter);
        this.file = file;
        this.position = from;
        if (from.cursor() != null) {
            expectedFirst = from.cursor();
            start(JournalCommand.read(this.filter, file, from.cursor(), null));
        } else {
            startAfter(from.timeMicros());
        }
    }

    private void startAfter(Long timeMicros) throws SshException {
        after = timeMicros;
        start(JournalCommand.read(filter, file, null, timeMicros == null ? null : timeMicros + 1));
    }

    private void start(RemoteCommand command) throws SshException {
        close();
        process = ssh.start(target, command, READ_TIMEOUT);
        lines = new LogLineReader(process.stdout(), 0);
    }

    /** The next entry (or malformed line), or null at the end of the journal. */
    JournalLine next() throws IOException {
        while (true) {
            if (!lines.next()) {
                process.waitFor().requireSuccess();
                close();
                if (expectedFirst != null) {
                    // Not even the cursor's own entry: it is gone, and nothing matches after it.
                    lostCursor(null);
                    continue;
                }
                return null;
            }
            if (lines.unterminated()) {
                // journalctl ends every entry with a newline: a cut one is read again next time.
                continue;
            }
            if (lines.truncated()) {
                expectedFirst = null;
                return new JournalLine(lines.offset(), null, true);
            }
            JournalEntry entry;
            try {
                entry = JournalJson.parse(lines.line());
            } catch (MalformedJournalEntryException e) {
                return new JournalLine(lines.offset(), null, true);
            }
            if (expectedFirst != null) {
                String expected = expectedFirst;
                expectedFirst = null;
                if (entry.cursor().equals(expected)) {
                    continue; // stored by the last run
                }
                lostCursor(entry);
                continue;
            }
            if (after != null && entry.realtimeMicros() <= after) {
                continue;
            }
            position = new JournalCheckpoint(entry.cursor(), entry.realtimeMicros());
            return new JournalLine(entry.realtimeMicros(), entry, false);
        }
    }

    private void lostCursor(JournalEntry landedOn) throws SshException {
        Long last = position.timeMicros();
        gap = "journal cursor no longer in the journal (vacuumed or rotated away): reading again from the first entry after "
                + (last == null ? "the start" : JournalEntry.time(last)) + "; entries logged in between may be lost";
        position = new JournalCheckpoint(null, last);
        startAfter(last);
    }

    /** Why entries may have been lost since the last run, or null. */
    String gap() {
        return gap;
    }

    /** The checkpoint after the last entry returned (or after a gap). */
    JournalCheckpoint position() {
        return position;
    }

    /**
     * The natural key of an entry's failure: a hash of its cursor, which names one entry of one
     * journal for good, so a re-run, a restart or an overlap after a gap never stores it twice.
     */
    static String identity(String cursor) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cursor.getBytes(StandardCharsets.US_ASCII));
            return "journal:" + HexFormat.of().formatHex(hash, 0, 28);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
            process = null;
        }
        lines = null;
    }

    @Override
    public String toString() {
        return "journal " + filter + (file == null ? "" : " --file=" + file) + " on " + Objects.toString(target);
    }
}
