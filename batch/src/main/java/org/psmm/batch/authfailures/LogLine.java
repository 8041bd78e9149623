package org.psmm.batch.authfailures;

/**
 * One line read from a remote log, with where it starts (file identity and byte offset: the
 * natural key of what it may yield).
 *
 * @param malformed cut because over-long, or holding bytes that are not text
 */
public record LogLine(String fileIdentity, long offset, String text, boolean malformed) {
}
