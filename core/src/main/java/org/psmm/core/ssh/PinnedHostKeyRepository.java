package org.psmm.core.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.JSchException;

/**
 * The host key repository of one session: it knows exactly one key, the pinned one, filed under
 * the target's known-hosts name ("host", or "[host]:port" off port 22, the name JSch asks for).
 * It never learns a key, and it remembers what the server presented so a mismatch can be
 * reported with both fingerprints ({@link KeyRecordingRepository}).
 */
final class PinnedHostKeyRepository extends KeyRecordingRepository {

    private final String knownHostsName;
    private final HostKeyPin pin;
    private final HostKey hostKey;

    PinnedHostKeyRepository(String knownHostsName, HostKeyPin pin) {
        this.knownHostsName = knownHostsName;
        this.pin = pin;
        try {
            this.hostKey = new HostKey(knownHostsName, pin.keyBlob());
        } catch (JSchException e) {
            throw new IllegalArgumentException("JSch cannot use the pinned key " + pin, e);
        }
    }

    @Override
    public int check(String host, byte[] key) {
        record(key);
        if (!knownHostsName.equals(host)) {
            return NOT_INCLUDED;
        }
        return pin.matches(key) ? OK : CHANGED;
    }

    /** The key the server presented if it was not the pinned one; null otherwise. */
    HostKeyPin presentedMismatch() {
        byte[] key = presented();
        if (key == null || pin.matches(key)) {
            return null;
        }
        try {
            return HostKeyPin.ofBlob(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return "PSMM pinned host key";
    }

    @Override
    public HostKey[] getHostKey() {
        return new HostKey[] {hostKey};
    }

    /** JSch asks this before key exchange to prefer the pinned key's type. */
    @Override
    public HostKey[] getHostKey(String host, String type) {
        if (knownHostsName.equals(host) && (type == null || type.equals(pin.keyType()))) {
            return new HostKey[] {hostKey};
        }
        return new HostKey[0];
    }
}
