package org.psmm.session;

import org.psmm.core.session.OpenSession;

/** What a host's idle policy did with one session during a poll: logged off (or tried), or only reported. */
public record PolicyLogoff(OpenSession session, boolean reportOnly, boolean succeeded, String error) {
}
