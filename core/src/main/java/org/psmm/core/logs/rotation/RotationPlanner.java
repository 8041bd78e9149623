package org.psmm.core.logs.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides where reading resumes, from the cursor and the files the probe found (the live file and
 * its rotations: {@code path.1}, {@code path.1.gz}). Handles the rotations logrotate makes:
 * rename + new file (the cursor's inode moved to {@code .1}), copytruncate (the content was
 * copied to {@code .1} and the live file truncated) and compression of the rotated file.
 */
public final class RotationPlanner {

    private RotationPlanner() {
    }

    /**
     * @param cursor where the last read stopped, or null for a log never read
     * @param live the live file, or null if it does not exist (yet)
     * @param rotated the rotated files found
     */
    public static ReadPlan plan(LogCursor cursor, LogFileState live, List<LogFileState> rotated) {
        List<ReadSegment> segments = new ArrayList<>();
        if (cursor == null) {
            newLiveFile(live).ifPresent(segments::add);
            return new ReadPlan(segments, null);
        }
        if (live != null && sameFile(cursor, live) && live.size() >= cursor.offset()) {
            if (live.size() > cursor.offset()) {
                segments.add(new ReadSegment(live, cursor, false));
            }
            return new ReadPlan(segments, null);
        }
        Optional<LogFileState> old = rotated.stream().filter(f -> sameFile(cursor, f)).findFirst()
                .or(() -> rotated.stream().filter(f -> sameContent(cursor, f)).findFirst());
        String gap = null;
        if (old.isPresent()) {
            LogFileState file = old.get();
            if (file.compressed() || file.size() > cursor.offset()) {
                segments.add(new ReadSegment(file, cursor, true));
            }
        } else {
            gap = "the file read up to byte " + cursor.offset() + " was rotated away and is not among "
                    + names(rotated) + ": lines written between the last read and the rotation were not collected";
        }
        newLiveFile(live).ifPresent(segments::add);
        return new ReadPlan(segments, gap);
    }

    // A file is only given an identity once it has content: empty files all look alike.
    private static Optional<ReadSegment> newLiveFile(LogFileState live) {
        if (live == null || live.size() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ReadSegment(live, LogCursor.start(live.inode(), live.freshLength(), live.freshHash()), false));
    }

    private static boolean sameFile(LogCursor cursor, LogFileState f) {
        return !f.compressed() && f.inode() == cursor.inode() && sameContent(cursor, f);
    }

    private static boolean sameContent(LogCursor cursor, LogFileState f) {
        return f.matchHash().equals(cursor.headHash());
    }

    private static String names(List<LogFileState> files) {
        return files.isEmpty() ? "no rotated file" : files.stream().map(LogFileState::path).toList().toString();
    }
}
