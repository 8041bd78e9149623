package org.psmm.core.ssh;

import com.jcraft.jsch.HostKey;

/**
 * Knows no key: it records the key a server presents and answers "not included", so that with
 * StrictHostKeyChecking=yes JSch ends the connection right after key exchange, before any
 * authentication. That is how a key is scanned without ever being trusted (nor stored here: it
 * is only shown to the administrator).
 */
final class ScanningHostKeyRepository extends KeyRecordingRepository {

    @Override
    public int check(String host, byte[] key) {
        record(key);
        return NOT_INCLUDED;
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return "PSMM host key scan";
    }

    @Override
    public HostKey[] getHostKey() {
        return new HostKey[0];
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return new HostKey[0];
    }
}
