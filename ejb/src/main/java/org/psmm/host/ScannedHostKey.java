package org.psmm.host;

/** The key a host presents now, shown to the admin before it is pinned. */
public record ScannedHostKey(String keyType, String fingerprint, String publicKey) {
}
