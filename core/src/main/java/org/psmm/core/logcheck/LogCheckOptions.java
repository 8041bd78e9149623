package org.psmm.core.logcheck;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.psmm.core.logs.LogFormat;

/**
 * The parsed command line of psmm-logcheck.
 *
 * @param format the format of every file, or null for "auto" (each file's own, from its first lines)
 * @param json   one JSON object per failure instead of a readable line
 * @param zone   the zone the logs' local times are in
 * @param year   the year for year-less timestamps, or null to infer it
 * @param files  the files, as given
 * @param help   --help was asked
 * @param journal the files are journal entries exported by {@code journalctl -o json}
 * @param probes  print probes (kind {@code probe}) too, not only failed logins ({@code auth}, {@code authz})
 */
record LogCheckOptions(LogFormat format, boolean json, ZoneId zone, Integer year, List<String> files, boolean help,
                       boolean journal, boolean probes) {

    static final String USAGE = String.join("\n",
            "Usage: psmm-logcheck [--format F|auto] [--json] [--probes] [--tz ZONE] [--year Y] [--journal] FILE...",
            "Prints the failed and refused logins found in log files (plain or gzip, any size).",
            "  --format F  " + formatIds() + ", or auto (default): each file's format",
            "              is told from its first lines",
            "  --json      one JSON object per failure: file, line, format, service, kind, user, ip, time",
            "  --probes    print probes too (kind probe: scanners, connections closed before any login,",
            "              requests refused by an address rule): never counted as failed logins",
            "  --tz ZONE   the time zone the logs were written in, e.g. Europe/Paris (default: this",
            "              machine's); times with their own UTC offset are shown in this zone",
            "  --year Y    the year of timestamps written without one (default: the year that puts",
            "              the line closest before now)",
            "  --journal   the files hold journalctl -o json output (journalctl -o json -t sshd >FILE):",
            "              each entry's own time is used; auto picks the format by SYSLOG_IDENTIFIER",
            "A summary goes to standard error: failed logins (auth, authz) and probes counted apart.",
            "Exit status: 0 done, 1 a file could not be read or its format not told, 2 bad command line.");

    static LogCheckOptions parse(String[] args, ZoneId defaultZone) throws UsageException {
        LogFormat format = null;
        boolean json = false;
        boolean journal = false;
        boolean probes = false;
        ZoneId zone = defaultZone;
        Integer year = null;
        List<String> files = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                files.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--":
                    optionsEnded = true;
                    break;
                case "-h":
                case "--help":
                    return new LogCheckOptions(null, false, defaultZone, null, List.of(), true, false, false);
                case "--json":
                    if (value != null) {
                        throw new UsageException("--json takes no value");
                    }
                    json = true;
                    break;
                case "--probes":
                    if (value != null) {
                        throw new UsageException("--probes takes no value");
                    }
                    probes = true;
                    break;
                case "--journal":
                    if (value != null) {
                        throw new UsageException("--journal takes no value");
                    }
                    journal = true;
                    break;
                case "--format":
                    value = value != null ? value : valueOf(args, ++i, name);
                    if (!value.equalsIgnoreCase("auto")) {
                        format = LogFormat.byId(value).orElse(null);
                        if (format == null) {
                            throw new UsageException("unknown format '" + value + "': use " + formatIds() + " or auto");
                        }
                    } else {
                        format = null;
                    }
                    break;
                case "--tz":
                    value = value != null ? value : valueOf(args, ++i, name);
                    try {
                        zone = ZoneId.of(value);
                    } catch (DateTimeException e) {
                        throw new UsageException("unknown time zone '" + value + "' (use a name such as Europe/Paris, or UTC)");
                    }
                    break;
                case "--year":
                    value = value != null ? value : valueOf(args, ++i, name);
                    year = parseYear(value);
                    break;
                default:
                    throw new UsageException("unknown option " + name);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no log file given");
        }
        return new LogCheckOptions(format, json, zone, year, List.copyOf(files), false, journal, probes);
    }

    private static String valueOf(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int parseYear(String value) throws UsageException {
        try {
            int y = Integer.parseInt(value);
            if (y >= 1970 && y <= 9999) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--year wants a year between 1970 and 9999, not '" + value + "'");
    }

    private static String formatIds() {
        // A loop, not a stream: this runs at every start, and streams cost start-up time (see StampCache).
        StringBuilder ids = new StringBuilder();
        for (LogFormat f : LogFormat.values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(f.id());
        }
        return ids.toString();
    }

    Optional<LogFormat> fixedFormat() {
        return Optional.ofNullable(format);
    }
}
