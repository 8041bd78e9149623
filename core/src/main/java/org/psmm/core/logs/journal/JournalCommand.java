package org.psmm.core.logs.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.psmm.core.ssh.RemoteCommand;
import org.psmm.core.ssh.RemotePath;

/**
 * The {@code journalctl} command that streams a source's entries as JSON lines, from a cursor or a
 * time. Every value is one word of the command (never pasted into a shell line) and given as
 * {@code --option=value}, so no value can pass for an option; the filter and the cursor are checked
 * before, the journal file is an absolute path.
 *
 * <p>It reads from {@code --cursor} rather than {@code --after-cursor}: journalctl skips one entry
 * after seeking blindly, so a cursor that was vacuumed would lose a real entry. The reader checks
 * that the first entry is the cursor's own and drops it; any other first entry means a gap.
 */
public final class JournalCommand {

    /** journald cursors: {@code s=...;i=...;b=...;m=...;t=...;x=...}, hex and separators. */
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9=;_-]{1,512}");

    private JournalCommand() {
    }

    /** Whether text looks like a journal cursor (and is safe as an option's value). */
    public static boolean isCursor(String text) {
        return text != null && CURSOR.matcher(text).matches();
    }

    /**
     * @param file        a journal file to read instead of the system journal ({@code --file}: the lab
     *                    and tests), or null
     * @param cursor      read from this entry on (included), or null
     * @param sinceMicros with no cursor: read from this time on (µs since the epoch, included), or null
     *                    for the whole journal
     */
    public static RemoteCommand read(JournalFilter filter, String file, String cursor, Long sinceMicros) {
        List<String> args = new ArrayList<>(List.of("--no-pager", "--quiet", "--output=json",
                "--output-fields=" + JournalJson.OUTPUT_FIELDS));
        if (file != null) {
            args.add("--file=" + RemotePath.of(file).value());
        }
        if (cursor != null) {
            if (!isCursor(cursor)) {
                throw new IllegalArgumentException("not a journal cursor");
            }
            args.add("--cursor=" + cursor);
        } else if (sinceMicros != null) {
            args.add("--since=@" + Math.floorDiv(sinceMicros, 1_000_000L) + "."
                    + String.format("%06d", Math.floorMod(sinceMicros, 1_000_000L)));
        }
        args.addAll(filter.arguments());
        return RemoteCommand.of("journalctl", args).withSudo();
    }
}
