package org.psmm.core.logcheck;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.psmm.core.logs.CompressedLogs;
import org.psmm.core.logs.FailureKind;
import org.psmm.core.logs.FormatDetector;
import org.psmm.core.logs.LogFormat;
import org.psmm.core.logs.LogLineParser;
import org.psmm.core.logs.LogLineReader;
import org.psmm.core.logs.ParseContext;
import org.psmm.core.logs.ParsedFailure;
import org.psmm.core.logs.RawLine;
import org.psmm.core.logs.journal.JournalEntry;
import org.psmm.core.logs.journal.JournalEntryParser;
import org.psmm.core.logs.journal.JournalIdentifiers;
import org.psmm.core.logs.journal.JournalJson;
import org.psmm.core.logs.journal.MalformedJournalEntryException;

/**
 * {@code psmm-logcheck [--format F|auto] [--json] [--probes] [--tz ZONE] [--year Y] [--journal] FILE...}: scans log files
 * (or journalctl -o json exports) with
 * the parsers the auth-failures job uses, streaming (a bounded window of each file in memory), and
 * prints each failed login (kinds {@code auth} and {@code authz}; probes too with {@code --probes}); a
 * summary (lines, failed logins and probes counted apart, lines/s) goes to standard error.
 *
 * <p>A big plain file of a format whose lines are independent is read in parts by one thread per
 * core ({@link PartedScan}); other files (sshd, gzip, pipes) by a reader thread feeding this one
 * ({@link LineBatches}). Either way the output is in the file's order.
 */
public final class LogCheckCommand {

    static final int EXIT_OK = 0;
    static final int EXIT_FILE_ERROR = 1;
    static final int EXIT_USAGE = 2;

    /** How much of a file's start is sampled to tell its format. */
    private static final int SAMPLE_BYTES = 256 * 1024;

    private final Clock clock;
    private final ZoneId defaultZone;
    /** Threads that read a big plain file of a format whose lines are independent (see PartedScan). */
    private final int threads;

    LogCheckCommand(Clock clock, ZoneId defaultZone) {
        this(clock, defaultZone, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    }

    LogCheckCommand(Clock clock, ZoneId defaultZone, int threads) {
        this.clock = clock;
        this.defaultZone = defaultZone;
        this.threads = threads;
    }

    public static void main(String[] args) {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        int status = new LogCheckCommand(Clock.systemUTC(), ZoneId.systemDefault()).run(args, out, System.err);
        System.exit(status);
    }

    int run(String[] args, OutputStream out, PrintStream err) {
        LogCheckOptions options;
        try {
            options = LogCheckOptions.parse(args, defaultZone);
        } catch (UsageException e) {
            err.println("psmm-logcheck: " + e.getMessage());
            err.println(LogCheckOptions.USAGE);
            return EXIT_USAGE;
        }
        if (options.help()) {
            try {
                out.write((LogCheckOptions.USAGE + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                return EXIT_FILE_ERROR;
            }
            return EXIT_OK;
        }
        ParseContext ctx = ParseContext.of(options.zone(), clock);
        if (options.year() != null) {
            ctx = ctx.withFixedYear(options.year());
        }
        FailurePrinter printer = new FailurePrinter(out, options.json());
        long started = System.nanoTime();
        long lines = 0;
        long logins = 0;
        long probes = 0;
        int status = EXIT_OK;
        try {
            for (String file : options.files()) {
                try {
                    FileResult r = options.journal() ? scanJournal(file, options.fixedFormat(), ctx, printer, options.probes())
                            : scan(file, options.fixedFormat(), ctx, printer, options.probes());
                    lines += r.lines;
                    logins += r.logins();
                    probes += r.probes();
                    err.println("psmm-logcheck: " + file + ": " + r.describe());
                    if (!r.journal && r.format == null && r.lines > 0) {
                        status = EXIT_FILE_ERROR;
                    }
                } catch (IOException e) {
                    // The other files are still read.
                    err.println("psmm-logcheck: " + file + ": cannot read: " + e.getMessage());
                    status = EXIT_FILE_ERROR;
                }
            }
            printer.flush();
        } catch (UncheckedIOException e) {
            err.println("psmm-logcheck: cannot write the output: " + e.getCause().getMessage());
            return EXIT_FILE_ERROR;
        }
        long nanos = Math.max(System.nanoTime() - started, 1);
        err.println(summary(lines, logins, probes, nanos));
        return status;
    }

    /**
     * {@code N lines read, F failed logins, P probes, S.SS s, R lines/s}, without String.format: its
     * first call loads the locale data, some 20 ms of a run that may last a few hundred.
     */
    static String summary(long lines, long logins, long probes, long nanos) {
        long centis = (nanos + 5_000_000) / 10_000_000;
        long rate = Math.round(lines * 1e9 / nanos);
        StringBuilder b = new StringBuilder("psmm-logcheck: ");
        b.append(lines).append(" lines read, ").append(logins).append(" failed logins, ").append(probes).append(" probes, ")
                .append(centis / 100).append('.').append(centis % 100 < 10 ? "0" : "").append(centis % 100)
                .append(" s, ").append(rate).append(" lines/s");
        return b.toString();
    }

    /** What one file gave. */
    private static final class FileResult {
        LogFormat format;
        boolean detected;
        long lines;
        /** Failures printed. */
        long failures;
        /** Failures per kind (FailureKind ordinal): auth, authz, probe tell different stories. */
        long[] byKind = new long[FailureKind.values().length];
        long cut;
        /** Journal: lines that are no journal entry, and entries with a binary MESSAGE. */
        long malformed;
        long binary;
        boolean journal;

        String describe() {
            if (journal) {
                return "journal, " + lines + " entries, " + found()
                        + (binary > 0 ? ", " + binary + " binary messages" : "")
                        + (malformed > 0 ? ", " + malformed + " lines that are no journal entry skipped" : "")
                        + (cut > 0 ? ", " + cut + " lines over 64 KiB skipped" : "");
            }
            if (format == null) {
                return lines == 0 ? "empty" : "format not recognised from its first lines; give --format";
            }
            String name = format.id() + (detected ? " (detected)" : "");
            return name + ", " + lines + " lines, " + found()
                    + (cut > 0 ? ", " + cut + " lines over 64 KiB read as their start and end" : "");
        }

        /** "12 failed logins (auth 10, authz 2), 3 probes". */
        private String found() {
            return logins() + " failed logins" + kinds() + ", " + probes() + " probes";
        }

        long logins() {
            return byKind[FailureKind.AUTH.ordinal()] + byKind[FailureKind.AUTHZ.ordinal()];
        }

        long probes() {
            return byKind[FailureKind.PROBE.ordinal()];
        }

        /** Counts a failure; whether to print it. */
        boolean count(ParsedFailure failure, boolean printProbes) {
            byKind[failure.kind().ordinal()]++;
            if (printProbes || failure.kind() != FailureKind.PROBE) {
                failures++;
                return true;
            }
            return false;
        }

        /** " (auth 12, authz 3)": the kinds of failed logins that occurred, or nothing when there was none. */
        private String kinds() {
            StringBuilder b = new StringBuilder();
            for (FailureKind kind : FailureKind.values()) {
                if (kind != FailureKind.PROBE && byKind[kind.ordinal()] > 0) {
                    b.append(b.length() == 0 ? " (" : ", ").append(kind.id()).append(' ').append(byKind[kind.ordinal()]);
                }
            }
            return b.length() == 0 ? "" : b.append(')').toString();
        }
    }

    private FileResult scan(String file, Optional<LogFormat> fixed, ParseContext ctx, FailurePrinter printer,
                            boolean probes) throws IOException {
        FileResult result = new FileResult();
        Path path = Path.of(file);
        try (InputStream raw = Files.newInputStream(path)) {
            InputStream in = CompressedLogs.decompressIfGzip(raw);
            boolean plain = !(in instanceof GZIPInputStream);
            if (fixed.isPresent()) {
                result.format = fixed.get();
            } else {
                byte[] sample = in.readNBytes(SAMPLE_BYTES);
                List<String> lines = sampleLines(sample);
                result.format = FormatDetector.detect(lines, ctx).orElse(null);
                result.detected = true;
                if (result.format == null) {
                    result.lines = lines.size();
                    return result;
                }
                in = new SequenceInputStream(new ByteArrayInputStream(sample), in);
            }
            if (plain && result.format.linesIndependent() && threads > 1 && Files.isRegularFile(path)) {
                long size = Files.size(path);
                if (PartedScan.worthIt(size)) {
                    try (FileChannel channel = FileChannel.open(path)) {
                        PartedScan parted = new PartedScan(channel, size, result.format, ctx, printer.json(), threads, probes);
                        parted.run(file, printer);
                        result.lines = parted.lines;
                        result.failures = parted.failures;
                        result.byKind = parted.byKind;
                        result.cut = parted.cut;
                    }
                    return result;
                }
            }
            LogLineParser parser = result.format.newParser();
            List<String> literals = parser.literals();
            // Three threads: reading, parsing (this one, in order), printing.
            try (LineBatches batches = LineBatches.start(in, literals);
                    PrintingThread printing = PrintingThread.start(printer, file)) {
                RawLine line = RawLine.view();
                for (LineBatches.Batch b = batches.next(); b != null; b = batches.next()) {
                    result.lines += b.lines;
                    result.cut += b.cut;
                    for (int i = 0; i < b.size; i++) {
                        line.set(b.data, b.starts[i], b.starts[i + 1]);
                        Optional<ParsedFailure> failure = parser.parse(line, b.cutLines[i], ctx);
                        if (failure.isPresent() && result.count(failure.get(), probes)) {
                            printing.add(b.numbers[i], failure.get());
                        }
                    }
                }
                printing.finish();
            }
        }
        return result;
    }

    /**
     * journalctl -o json lines: each entry read by the parser of the fixed format, or of the format
     * its SYSLOG_IDENTIFIER names (entries of other programs are counted, not parsed).
     */
    private FileResult scanJournal(String file, Optional<LogFormat> fixed, ParseContext ctx, FailurePrinter printer,
                                   boolean probes) throws IOException {
        FileResult result = new FileResult();
        result.journal = true;
        result.format = fixed.orElse(null);
        Map<LogFormat, JournalEntryParser> parsers = new EnumMap<>(LogFormat.class);
        try (InputStream raw = Files.newInputStream(Path.of(file));
                LogLineReader reader = new LogLineReader(CompressedLogs.decompressIfGzip(raw))) {
            while (reader.next()) {
                result.lines++;
                if (reader.truncated()) {
                    result.cut++;
                    continue;
                }
                JournalEntry entry;
                try {
                    entry = JournalJson.parse(reader.line());
                } catch (MalformedJournalEntryException e) {
                    result.malformed++;
                    continue;
                }
                if (entry.binaryMessage()) {
                    result.binary++;
                }
                LogFormat format = fixed.orElseGet(() -> JournalIdentifiers.format(entry.identifier()));
                if (format == null) {
                    continue;
                }
                Optional<ParsedFailure> failure = parsers.computeIfAbsent(format,
                        f -> new JournalEntryParser(f.newParser())).parse(entry, ctx);
                if (failure.isPresent() && result.count(failure.get(), probes)) {
                    printer.print(file, reader.lineNumber(), failure.get());
                }
            }
        }
        return result;
    }

    private static List<String> sampleLines(byte[] sample) throws IOException {
        List<String> lines = new ArrayList<>();
        LogLineReader reader = new LogLineReader(new ByteArrayInputStream(sample));
        while (lines.size() < FormatDetector.SAMPLE_LINES && reader.next()) {
            if (!reader.truncated()) {
                lines.add(reader.line());
            }
        }
        return lines;
    }
}
