package org.psmm.core.report;

/** A report mail ready for the outbox: subject, plain text and HTML. */
public record ReportMail(String subject, String text, String html) {
}
