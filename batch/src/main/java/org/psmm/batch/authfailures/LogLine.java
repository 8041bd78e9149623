package org.psmm.batch.authfailures;

/**
 * One line read from a remote log, with where it starts (file identity and byte offset: the
 * natural key of what it may yield).
 *
 * @param malformed cut because over-long, or holding bytes that are not text: skipped unless it
 *                  still gives a failure
 * @param cut       over-long, and read as its head and tail ({@code LongLines}): a failure it gives
 *                  has a cut user
 * @param again     before the log's cursor, collected already: read again only so that a parser whose
 *                  lines link (sshd) knows the connections still open; it yields nothing
 */
public record LogLine(String fileIdentity, long offset, String text, boolean malformed, boolean cut, boolean again) {
}
