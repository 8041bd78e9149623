package org.psmm.core.report;

import java.time.Instant;

/**
 * A session log-off of the report's day (issue 18): by an admin ({@code by} their name) or by a
 * host's idle policy ({@code by} null), or one the policy only reported ({@code reportOnly}).
 * User, session and client come from the host: hostile text, escaped in the mail.
 */
public record LoggedOffSession(Instant at, String host, String user, String session, String from, Long idleSeconds,
        String by, boolean reportOnly, boolean succeeded) {
}
