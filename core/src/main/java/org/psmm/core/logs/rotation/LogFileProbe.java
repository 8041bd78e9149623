package org.psmm.core.logs.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One remote command that describes a log and its rotations (inode, size, head hashes), and the
 * reading of its output. Paths and lengths travel as arguments, never inside the script.
 */
public final class LogFileProbe {

    /**
     * Arguments: N (head length to match a cursor), then the paths. Prints, for each existing
     * regular file: inode, size (-1 for .gz), sha256 of the first N bytes, sha256 of the first
     * HEAD_LENGTH bytes, path. Missing files print nothing.
     */
    public static final String SCRIPT = """
            n="$1"; fresh="$2"; shift 2
            for f in "$@"; do
              [ -f "$f" ] || continue
              i=$(stat -c %i -- "$f") || continue
              case "$f" in
                *.gz) s=-1
                      m=$(gzip -dc -- "$f" 2>/dev/null | head -c "$n" | sha256sum)
                      h=$(gzip -dc -- "$f" 2>/dev/null | head -c "$fresh" | sha256sum) ;;
                *)    s=$(stat -c %s -- "$f")
                      m=$(head -c "$n" -- "$f" | sha256sum)
                      h=$(head -c "$fresh" -- "$f" | sha256sum) ;;
              esac
              printf '%s %s %s %s %s\\n' "$i" "$s" "${m%% *}" "${h%% *}" "$f"
            done
            """;

    /** Reads a file from a byte offset to its end, decompressing a .gz; args: path, offset + 1. */
    public static final String READ_SCRIPT = """
            case "$1" in
              *.gz) gzip -dc -- "$1" | tail -c +"$2" ;;
              *)    tail -c +"$2" -- "$1" ;;
            esac
            """;

    private LogFileProbe() {
    }

    /** The rotations PSMM follows for a log: its first rotation, plain or compressed. */
    public static List<String> candidates(String path) {
        return List.of(path, path + ".1", path + ".1.gz");
    }

    /** The probe's arguments for a log and the cursor it resumes from (or null). */
    public static List<String> arguments(String path, LogCursor cursor) {
        List<String> args = new ArrayList<>();
        args.add(String.valueOf(cursor == null ? LogCursor.HEAD_LENGTH : cursor.headLength()));
        args.add(String.valueOf(LogCursor.HEAD_LENGTH));
        args.addAll(candidates(path));
        return args;
    }

    public static List<LogFileState> parse(String output) {
        List<LogFileState> files = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] w = line.split(" ", 5);
            if (w.length == 5 && w[2].length() == 64 && w[3].length() == 64) {
                try {
                    files.add(new LogFileState(w[4], Long.parseLong(w[0]), Long.parseLong(w[1]), w[2], w[3]));
                } catch (NumberFormatException ignored) {
                    // not a line of ours (a shell's warning): skip it
                }
            }
        }
        return files;
    }

    public static Optional<LogFileState> live(String path, List<LogFileState> files) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public static List<LogFileState> rotated(String path, List<LogFileState> files) {
        return files.stream().filter(f -> !f.path().equals(path)).toList();
    }
}
