package org.psmm.core.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;

/**
 * Knows no key: it records the key a server presents and answers "not included", so that with
 * StrictHostKeyChecking=yes JSch ends the connection right after key exchange, before any
 * authentication. That is how a key is scanned without ever being trusted.
 */
final class ScanningHostKeyRepository implements HostKeyRepository {

    private volatile byte[] presented;

    @Override
    public int check(String host, byte[] key) {
        presented = key == null ? null : key.clone();
        return NOT_INCLUDED;
    }

    byte[] presented() {
        return presented;
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // A scanned key is only shown to the administrator, never stored here.
    }

    @Override
    public void remove(String host, String type) {
    }

    @Override
    public void remove(String host, String type, byte[] key) {
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
