package org.psmm.core.logs.rotation;

/**
 * One file to read from an offset to its end, with the cursor that its lines advance.
 *
 * @param finished true for a rotated file that no longer grows: its last line is complete even
 *     without a final newline. The live file's unterminated last line is left for the next run.
 */
public record ReadSegment(LogFileState file, LogCursor cursor, boolean finished) {
}
