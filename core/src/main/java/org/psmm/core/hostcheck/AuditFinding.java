package org.psmm.core.hostcheck;

/** One hardening rule's verdict with the line that proves it (or says it is missing). */
public record AuditFinding(String rule, boolean passed, String evidence) {
}
