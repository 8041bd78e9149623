package org.psmm.host;

/** What happened to a host that a person must know of. */
public enum HostEventKind {
    /** The host presented another SSH key than the pinned one: refused, maybe an attack. */
    HOST_KEY_CHANGED,
    /** An admin confirmed (pinned) the host's SSH key. */
    HOST_KEY_PINNED
}
