package org.psmm.core.alert;

/** An alert mail ready for the outbox: subject, plain text and HTML (host data escaped). */
public record AlertMail(String recipient, String subject, String text, String html) {
}
