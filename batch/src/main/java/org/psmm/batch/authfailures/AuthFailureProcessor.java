package org.psmm.batch.authfailures;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.ZoneId;
import org.psmm.core.logs.LogFormat;
import org.psmm.core.logs.LogLineParser;
import org.psmm.core.logs.ParseContext;
import org.psmm.core.logs.journal.JournalEntryParser;
import org.psmm.host.HostService;
import org.psmm.logsource.LogSource;
import org.psmm.logsource.LogSourceService;

/**
 * Parses a line (or a journal entry, with the entry's own time) with the core parser of its source's format (one parser per partition: sshd's
 * remembers earlier lines of a connection). Lines that are no failure are filtered out; a
 * malformed one is skipped and counted.
 */
@Named
@Dependent
public class AuthFailureProcessor implements ItemProcessor {

    private static final int RAW_MAX = 1024;

    @Inject
    @BatchProperty
    private String sourceId;

    @EJB
    private LogSourceService sources;

    @EJB
    private HostService hosts;

    @Inject
    private Clock clock;

    @Inject
    private StepContext step;

    private CollectionPhases phases;

    private LogLineParser parser;
    private JournalEntryParser journalParser;
    private ParseContext context;

    @Override
    public Object processItem(Object item) throws Exception {
        if (parser == null) {
            LogSource source = sources.get(Long.parseLong(sourceId));
            parser = LogFormat.byId(source.getFormat())
                    .orElseThrow(() -> new IllegalStateException("unknown log format " + source.getFormat()))
                    .newParser();
            context = ParseContext.of(ZoneId.of(hosts.get(source.getHostId()).getTimeZone()), clock);
            journalParser = new JournalEntryParser(parser);
            phases = CollectionPhases.of(step);
        }
        if (item instanceof JournalLine entry) {
            if (entry.malformed()) {
                throw new MalformedLogLineException(Long.parseLong(sourceId), entry.offset());
            }
            return journalParser.parse(entry.entry(), context)
                    .map(f -> new CollectedFailure(f, entry.identity(), entry.offset(),
                            raw(JournalEntryParser.line(entry.entry()))))
                    .orElse(null);
        }
        LogLine line = (LogLine) item;
        // An over-long line or one with odd bytes still gives its failure (an attacker must not
        // make an attempt vanish by its user name); only when it gives none is it a skipped line.
        long t = System.nanoTime();
        var failure = parser.parse(org.psmm.core.logs.RawLine.of(line.text()), line.cut(), context);
        phases.parse += System.nanoTime() - t;
        if (line.again()) {
            // Only what the parser learned from it counts (a connection still open): its failure was stored.
            return null;
        }
        if (failure.isEmpty() && line.malformed()) {
            throw new MalformedLogLineException(Long.parseLong(sourceId), line.offset());
        }
        return failure.map(f -> new CollectedFailure(f, line.fileIdentity(), line.offset(), raw(line.text())))
                .orElse(null);
    }

    private static String raw(String text) {
        return text.length() <= RAW_MAX ? text : text.substring(0, RAW_MAX);
    }
}
