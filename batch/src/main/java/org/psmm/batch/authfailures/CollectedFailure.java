package org.psmm.batch.authfailures;

import org.psmm.core.logs.ParsedFailure;

/** A failure parsed from a line, with the line's natural key and the raw text kept for people. */
public record CollectedFailure(ParsedFailure failure, String fileIdentity, long offset, String rawLine) {
}
